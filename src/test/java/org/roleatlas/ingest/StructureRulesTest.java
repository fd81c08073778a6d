package org.roleatlas.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roleatlas.corpus.DroppedLine;
import org.roleatlas.corpus.ItemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Titles, chrome and list structure on page shapes the seeds do not have
 * (src/test/resources/articles-structure): chrome in every language the portal reads,
 * titles under site headers, contents lists, other list markers.
 */
class StructureRulesTest {

	@RegisterExtension
	static final LoaderFixture loader = new LoaderFixture("/articles-structure/");

	private static List<String> droppedBy(LoadedArticle article, String rule) {
		return article.parsed().dropped().stream().filter(d -> d.rule().equals(rule)).map(DroppedLine::text).toList();
	}

	@Test
	void anUnknownHeaderLineAboveTheTitleIsNotTheTitle() throws IOException {
		LoadedArticle article = loader.load("cookie-banner.txt");
		assertThat(article.title()).isEqualTo("Data Analyst");
		assertThat(droppedBy(article, "cookie-notice")).containsExactly("Accept all cookies");
		assertThat(droppedBy(article, ChromeFilter.BEFORE_TITLE)).containsExactly("Blog");
		assertThat(article.items()).extracting(ExtractedItem::text)
			.containsExactly("Clean and validate data sets", "Build dashboards for the product team",
					"Present findings to stakeholders");
	}

	@Test
	void blogFooterChromeIsDroppedWithItsOwnRules() throws IOException {
		LoadedArticle article = loader.load("cookie-banner.txt");
		assertThat(article.parsed().dropped()).extracting(DroppedLine::text, DroppedLine::rule)
			.contains(tuple("Related posts", "related-posts"), tuple("Posted by admin on March 3, 2024", "byline"),
					tuple("Tags: data, analytics", "tags"),
					tuple("Previous post: What does a product manager do?", "post-navigation"),
					tuple("Next post: Scrum master interview questions", "post-navigation"),
					tuple("Share this post", "share-buttons"), tuple("Powered by WordPress", "powered-by"));
		assertThat(article.parsed().sections()).extracting(ParsedArticle.Section::heading)
			.containsExactly("Responsibilities");
		assertThat(article.facts().definitions()).singleElement()
			.satisfies(d -> assertThat(d.text()).startsWith("A data analyst is the person"));
	}

	@Test
	void frenchSkipLinksAndCommentFormsEachCarryTheRuleThatMatchedThem() throws IOException {
		LoadedArticle article = loader.load("french-skip-link.txt");
		assertThat(article.parsed().lang()).isEqualTo("fr");
		assertThat(article.title()).isEqualTo("Qu'est-ce qu'un Product Owner ?");
		assertThat(article.parsed().dropped()).extracting(DroppedLine::text, DroppedLine::rule)
			.containsExactly(tuple("Aller au contenu", "navigation"), tuple("Accueil", "navigation"),
					tuple("Laisser un commentaire", "comment-form"),
					tuple("© 2024 Exemple SARL. Tous droits réservés.", "copyright"));
		assertThat(article.items()).extracting(ExtractedItem::text)
			.containsExactly("Gérer et prioriser le backlog produit",
					"Clarifier les besoins avec les parties prenantes");
	}

	@Test
	void aJapaneseScrapeHasNakaguroBulletsAndNoNavigationTitle() throws IOException {
		LoadedArticle article = loader.load("japanese-scrape.txt");
		assertThat(article.title()).isEqualTo("プロダクトマネージャーとは");
		assertThat(droppedBy(article, "navigation")).containsExactly("ホーム", "メニュー");
		assertThat(droppedBy(article, "comment-form")).containsExactly("コメントを残す");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "製品ビジョンの策定"), tuple(ItemKind.RESPONSIBILITY, "ロードマップの作成"),
					tuple(ItemKind.RESPONSIBILITY, "要件定義"), tuple(ItemKind.SKILL, "コミュニケーション能力"),
					tuple(ItemKind.SKILL, "データ分析"));
	}

	@Test
	void onlyTheContentsListIsTheTableOfContentsNotTheTitleAboveIt() throws IOException {
		LoadedArticle article = loader.load("toc-under-title.md");
		assertThat(article.title()).isEqualTo("Product Owner");
		assertThat(article.parsed().dropped()).extracting(DroppedLine::text, DroppedLine::rule)
			.containsExactly(tuple("Overview", ChromeFilter.TOC), tuple("Responsibilities", ChromeFilter.TOC),
					tuple("Skills", ChromeFilter.TOC));
		assertThat(article.items()).extracting(ExtractedItem::text)
			.containsExactly("Order the product backlog", "Accept or reject the increment", "Negotiation skills");
	}

	@Test
	void parenthesisedAndCircledNumbersOpenItems() throws IOException {
		LoadedArticle article = loader.load("numbered-forms.txt");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text, ExtractedItem::description)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "제품 백로그 관리", null),
					tuple(ItemKind.RESPONSIBILITY, "이해관계자와의 소통", null),
					tuple(ItemKind.RESPONSIBILITY, "릴리스 계획 수립", null),
					tuple(ItemKind.RESPONSIBILITY, "스프린트 목표 설정", null), tuple(ItemKind.SKILL, "커뮤니케이션 능력", null),
					tuple(ItemKind.SKILL, "데이터 분석 능력", null));
	}

	@Test
	void aKoreanArticleWithoutATitleLineIsNamedInKoreanAndLosesItsBlogButtons() throws IOException {
		LoadedArticle article = loader.load("korean-blog.txt");
		assertThat(article.subjects()).containsExactly("data-analyst");
		assertThat(article.title()).isEqualTo("데이터 분석가");
		assertThat(article.parsed().dropped()).extracting(DroppedLine::text, DroppedLine::rule)
			.containsExactly(tuple("공유하기", "share-buttons"), tuple("구독하기", "share-buttons"),
					tuple("좋아요 3", "share-buttons"), tuple("이 블로그의 인기글", "related-posts"));
		assertThat(article.items()).extracting(ExtractedItem::text).containsExactly("데이터 수집과 정제", "대시보드 구축");
	}

	@Test
	void wikiInfoboxesContentsAndDisambiguationEntriesAreChrome() throws IOException {
		LoadedArticle article = loader.load("wiki-mirror.txt");
		assertThat(article.title()).isEqualTo("Scrum master");
		assertThat(droppedBy(article, "template")).containsExactly("{{Infobox occupation", "| name = Scrum master",
				"| activity_sector = Software development", "| related_occupation = Product owner", "}}");
		assertThat(droppedBy(article, ChromeFilter.TOC)).containsExactly("Contents", "1 Overview",
				"2 Responsibilities");
		assertThat(droppedBy(article, "disambiguation")).containsExactly("Scrum may refer to:",
				"Scrum (rugby), a method of restarting play in rugby",
				"Scrum (software development), a framework for teamwork");
		assertThat(article.items()).extracting(ExtractedItem::text)
			.containsExactly("Facilitate the daily scrum", "Remove impediments for the team");
		assertThat(article.facts().definitions()).singleElement()
			.satisfies(d -> assertThat(d.text()).startsWith("A scrum master is the person"));
	}

	@Test
	void aTitleLineMayBeLongerThanAHeadingAndALongBreadcrumbIsStillABreadcrumb() throws IOException {
		LoadedArticle article = loader.load("long-title.txt");
		assertThat(article.title()).isEqualTo(
				"Adult Basic Education, Adult Secondary Education, and English as a Second Language Instructors");
		assertThat(article.parsed().dropped()).extracting(DroppedLine::rule)
			.containsExactly("navigation", "link-bar", "breadcrumb");
		assertThat(article.items()).hasSize(2);
	}

	@Test
	void cookieBannersAreRecognisedInEitherOrderAndInEveryLanguage() {
		ChromeFilter filter = new ChromeFilter(LoaderFixture.TAXONOMY.chrome(), LoaderFixture.TAXONOMY.markers());
		List<String> banners = List.of("Accept all cookies", "We use cookies to improve your experience. Accept",
				"Nous utilisons des cookies. Accepter", "Alle Cookies akzeptieren", "Aceptar todas las cookies",
				"Acceptera alla kakor", "Aceitar todos os cookies", "쿠키 사용에 동의합니다", "クッキーの使用に同意する");
		SourceLines lines = new SourceLines(banners, 1);
		List<DroppedLine> dropped = new ArrayList<>();
		filter.filterLines(lines, dropped);
		assertThat(dropped).extracting(DroppedLine::rule).hasSize(banners.size()).containsOnly("cookie-notice");
	}

	@Test
	void proseAboutCookiesOrPostsIsNotChrome() {
		ChromeFilter filter = new ChromeFilter(LoaderFixture.TAXONOMY.chrome(), LoaderFixture.TAXONOMY.markers());
		List<String> prose = List.of("Next, the product owner reviews the sprint goal with the team.",
				"The product owner shares the roadmap with stakeholders.", "Tags and labels help the team sort work.",
				"Home office policies are set by the team lead.");
		SourceLines lines = new SourceLines(prose, 1);
		List<DroppedLine> dropped = new ArrayList<>();
		filter.filterLines(lines, dropped);
		assertThat(dropped).isEmpty();
	}

	@Test
	void listSeparatorsComeFromTheDataInEveryLanguage() {
		Pattern separator = InlineEnumerations.listSeparator(LoaderFixture.TAXONOMY.phrases()
			.listSeparators()
			.values()
			.stream()
			.flatMap(List::stream)
			.distinct()
			.toList());
		assertThat(separator.split("product strategy, product vision, and product design"))
			.containsExactly("product strategy", "product vision", "product design");
		assertThat(separator.split("ロードマップの作成と要件定義、データ分析や市場調査")).containsExactly("ロードマップの作成", "要件定義", "データ分析", "市場調査");
		assertThat(separator.split("ひとつのことをまとめる")).as("と inside kana words").containsExactly("ひとつのことをまとめる");
		assertThat(separator.split("백로그 관리, 요구사항 정의와 릴리스 계획 및 결과 분석과 보고")).containsExactly("백로그 관리", "요구사항 정의",
				"릴리스 계획", "결과 분석", "보고");
	}

}
