package org.roleatlas.ingest;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roleatlas.corpus.DroppedLine;
import org.roleatlas.corpus.ItemKind;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.corpus.Occurrence;
import org.roleatlas.taxonomy.RoleEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The loader on article shapes the seeds do not have (src/test/resources/articles). */
class UnseenArticleShapesTest {

	@RegisterExtension
	static final LoaderFixture loader = new LoaderFixture("/articles/");

	@Test
	void frontMatterRolesNumberedListsAndARoleNotInTheTaxonomy() throws IOException {
		LoadedArticle article = loader.load("growth-po.md");
		assertThat(article.title()).isEqualTo("Growth Product Owner");
		assertThat(article.subjects()).containsExactly("po", "growth-hacker");
		assertThat(article.newRoles()).extracting(RoleEntry::slug, RoleEntry::nameEn)
			.containsExactly(tuple("growth-hacker", "Growth Hacker"));
		assertThat(article.warnings())
			.containsExactly(NoticeCode.FRONT_MATTER_ROLE_CREATED.with("Growth Hacker", "growth-hacker"));
		assertThat(article.parsed().frontMatter().source()).isEqualTo("https://example.org/growth-po");
		assertThat(article.parsed().frontMatter().tags()).containsExactly("growth", "experiments");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "Prioritize the experiment backlog with the team"),
					tuple(ItemKind.RESPONSIBILITY, "Define acceptance criteria and requirements for each experiment"),
					tuple(ItemKind.RESPONSIBILITY, "Report results to stakeholders every sprint"),
					tuple(ItemKind.SKILL, "Must be able to read funnel analytics"),
					tuple(ItemKind.SKILL, "Communication skills"), tuple(ItemKind.SKILL, "Statistics"));
		assertThat(article.items().get(0).concepts()).contains("prioritization");
		assertThat(article.items().get(1).concepts()).contains("requirements");
	}

	@Test
	void aJapaneseArticleIsReadWithItsOwnVocabulary() throws IOException {
		LoadedArticle article = loader.load("japanese.md");
		assertThat(article.parsed().lang()).isEqualTo("ja");
		assertThat(article.subjects()).containsExactly("product-manager");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text, ExtractedItem::lang)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "製品ビジョンの策定", "ja"),
					tuple(ItemKind.RESPONSIBILITY, "ロードマップの作成", "ja"), tuple(ItemKind.RESPONSIBILITY, "要件定義", "ja"),
					tuple(ItemKind.SKILL, "コミュニケーション能力", "ja"), tuple(ItemKind.SKILL, "データ分析", "ja"));
		assertThat(article.items().get(1).concepts()).containsExactly("roadmap");
		assertThat(article.facts().definitions()).extracting(d -> d.role()).containsExactly("product-manager");
	}

	@Test
	void aGermanScrapedPageWithOtherChrome() throws IOException {
		LoadedArticle article = loader.load("german-scrape.txt");
		assertThat(article.parsed().lang()).isEqualTo("de");
		assertThat(article.title()).isEqualTo("Was ist ein Product Owner?");
		assertThat(article.subjects()).containsExactly("po");
		assertThat(article.mentioned()).contains("scrum-master");
		assertThat(article.parsed().dropped()).extracting(DroppedLine::rule).containsExactly("navigation", "copyright");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "Product Backlog pflegen und priorisieren"),
					tuple(ItemKind.RESPONSIBILITY, "Anforderungen mit den Stakeholdern klären"),
					tuple(ItemKind.RESPONSIBILITY, "Produktvision kommunizieren"),
					tuple(ItemKind.SKILL, "Entscheidungsfähigkeit"), tuple(ItemKind.SKILL, "Kommunikationsstärke"));
		assertThat(article.items().get(1).concepts()).contains("requirements", "stakeholder-management");
		assertThat(article.facts().definitions()).extracting(d -> d.role()).containsExactly("po");
	}

	@Test
	void aQuestionHeadingOpensResponsibilitiesInANestedFile() throws IOException {
		LoadedArticle article = loader.load("team/notes.md");
		assertThat(article.title()).isEqualTo("Growth Hacker");
		assertThat(article.items()).extracting(ExtractedItem::text)
			.containsExactly("Run experiments on the onboarding funnel", "Work with the CMO on the growth roadmap");
		assertThat(article.subjects()).as("the CMO is named in passing, not the subject").isEmpty();
		assertThat(article.mentioned()).containsExactly("cmo");
		assertThat(article.warnings()).contains(NoticeCode.NO_ROLE_RESOLVED.with(2));
	}

	@Test
	void brokenFrontMatterIsRejectedWithTheYamlError() {
		assertThatThrownBy(() -> loader.load("broken-front-matter.md"))
			.isInstanceOfSatisfying(ArticleRejectedException.class, ex -> assertThat(ex.notice())
				.isEqualTo(NoticeCode.FRONT_MATTER_INVALID_YAML_AT.with(3, "found unexpected end of stream")));
	}

	@Test
	void textWithNothingButChromeIsRejected() {
		assertThatThrownBy(() -> loader.load("empty.txt", "Home\n\nAll rights reserved\n")).isInstanceOfSatisfying(
				ArticleRejectedException.class,
				ex -> assertThat(ex.notice()).isEqualTo(NoticeCode.NO_TEXT_AFTER_CHROME.with(2)));
	}

	@Test
	void identicalItemsBecomeOneCitingEveryPlace() {
		LoadedArticle article = loader.load("dup.md",
				"# Product Owner\n\n## Responsibilities\n\n- Write the roadmap.\n- Talk to users\n\n## Duties\n\n- write the ROADMAP\n");
		assertThat(article.items()).hasSize(2);
		assertThat(article.items().get(0).occurrences()).extracting(Occurrence::line, Occurrence::section)
			.containsExactly(tuple(5, "Responsibilities"), tuple(10, "Duties"));
		assertThat(List.of(article.items().get(0).text())).containsExactly("Write the roadmap");
	}

}
