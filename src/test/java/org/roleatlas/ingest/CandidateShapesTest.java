package org.roleatlas.ingest;

import java.io.IOException;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roleatlas.corpus.CandidateDecision;
import org.roleatlas.corpus.ItemKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Candidates from the page shapes of src/test/resources/articles-shapes, each decided by
 * a cue that is kept with it.
 */
class CandidateShapesTest {

	@RegisterExtension
	static final LoaderFixture loader = new LoaderFixture("/articles-shapes/");

	@Test
	void numberedHeadingsUnderADutiesTitleAreDutiesWithTheirProseAsDescription() throws IOException {
		LoadedArticle article = loader.load("listicle-ko.md");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text, ExtractedItem::description)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "팀의 장애물을 없앤다", "스크럼 마스터는 팀이 혼자 풀 수 없는 문제를 대신 해결합니다."),
					tuple(ItemKind.RESPONSIBILITY, "스크럼 이벤트를 진행한다", "데일리 스크럼과 회고가 제시간에 끝나도록 돕습니다."),
					tuple(ItemKind.RESPONSIBILITY, "조직에 스크럼을 알린다", "다른 부서가 스크럼을 이해하도록 설명합니다."));
		assertThat(article.items().get(0).cue()).isEqualTo("under title '스크럼 마스터가 하는 일 3가지'");
		assertThat(article.candidates()).extracting(CandidateDecision::text, CandidateDecision::kind)
			.contains(tuple("팀원에게 업무를 지시하기", null));
		assertThat(article.candidates()).filteredOn(c -> c.text().equals("팀원에게 업무를 지시하기"))
			.extracting(CandidateDecision::cue)
			.containsExactly("heading '스크럼 마스터가 하지 않는 일' says not duties");
	}

	@Test
	void aNumberedLineOverBulletsHeadsThemAndASalaryRunIsNoDuty() throws IOException {
		LoadedArticle article = loader.load("numbered-ja.txt");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "デイリースクラムの進行"), tuple(ItemKind.RESPONSIBILITY, "障害の除去"),
					tuple(ItemKind.RESPONSIBILITY, "チームへのコーチング"));
		// a numbered heading keeps its number, as a Markdown one does: it belongs to a
		// run
		assertThat(article.parsed().sections()).extracting(ParsedArticle.Section::heading)
			.contains("2. スクラムマスターの業務", "3. スクラムマスターの年収");
	}

	@Test
	void sectionNumbersHeadAndAListIntroducedByTheRoleAsSubjectIsItsDuties() throws IOException {
		LoadedArticle article = loader.load("course-notes-es.txt");
		assertThat(article.parsed().sections()).extracting(ParsedArticle.Section::heading)
			.contains("Trabajo diario", "Habilidades");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text, ExtractedItem::description)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "limpiando las tablas de ventas", null),
					tuple(ItemKind.RESPONSIBILITY, "preparando informes semanales", null),
					tuple(ItemKind.SKILL, "pensamiento crítico", null), tuple(ItemKind.SKILL, "manejo de SQL", null));
		assertThat(article.items().get(0).cue())
			.isEqualTo("introduced by 'El analista de datos trabaja de varias maneras:', whose subject is the role");
	}

	@Test
	void theClausesOfASentenceAboutTheRoleAreItsDuties() throws IOException {
		LoadedArticle article = loader.load("prose-en.txt");
		assertThat(article.subjects()).containsExactly("data-analyst");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "cleans the raw data"),
					tuple(ItemKind.RESPONSIBILITY, "builds weekly dashboards"),
					tuple(ItemKind.RESPONSIBILITY, "presents the findings to the leadership team"),
					tuple(ItemKind.RESPONSIBILITY, "also documents every metric definition"));
		assertThat(article.items().get(0).roles()).containsExactly("data-analyst");
		// the title "What a data analyst does" says duties, so it decides the clauses
		assertThat(article.items().get(0).cue()).isEqualTo("title 'What a data analyst does'");
	}

	@Test
	void eachRoleOfAComparisonGetsTheItemsOfItsOwnSection() throws IOException {
		LoadedArticle article = loader.load("comparison-fr.txt");
		assertThat(article.subjects()).containsExactlyInAnyOrder("po", "scrum-master");
		assertThat(article.items()).extracting(ExtractedItem::text, ExtractedItem::roles)
			.containsExactly(tuple("ordonner le backlog produit", java.util.Set.of("po")),
					tuple("accepter ou refuser les incréments", java.util.Set.of("po")),
					tuple("animer les événements Scrum", java.util.Set.of("scrum-master")),
					tuple("lever les obstacles de l'équipe", java.util.Set.of("scrum-master")));
	}

	@Test
	void labelledBulletsKeepTheirDescriptionAndSubHeadingsKeepTheDutiesContext() throws IOException {
		LoadedArticle article = loader.load("label-description-de.txt");
		assertThat(article.items()).extracting(ExtractedItem::text, ExtractedItem::description, ExtractedItem::cue)
			.containsExactly(
					tuple("Moderation", "leitet Daily Scrum, Review und Retrospektive",
							"introduced by 'Im Alltag übernimmt der Scrum Master diese Aufgaben:'"),
					tuple("Coaching", "begleitet das Team auf dem Weg zur Selbstorganisation",
							"introduced by 'Im Alltag übernimmt der Scrum Master diese Aufgaben:'"),
					tuple("achtet darauf, dass das Sprintziel klar ist", null,
							"sub-heading 'Sprint Planning' under heading 'Aufgaben des Scrum Masters'"));
	}

	@Test
	void aTableRowIsAnItemOfItsLabelCellDescribedByTheOthers() throws IOException {
		LoadedArticle text = loader.load("table-faq-pt.txt");
		assertThat(text.items()).extracting(ExtractedItem::kind, ExtractedItem::text, ExtractedItem::description)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "Início", "redige o termo de abertura e reúne a equipe"),
					tuple(ItemKind.RESPONSIBILITY, "Entrega", "apresenta o resultado ao cliente"));
		assertThat(text.items().get(0).cue()).isEqualTo("introduced by 'Fase · O que faz o gerente de projetos:'");
		// a column header naming the role's work ("数据分析师的工作") says duties too
		assertThat(loader.load("stage-table-zh.md").items()).extracting(ExtractedItem::kind, ExtractedItem::description)
			.containsOnly(tuple(ItemKind.RESPONSIBILITY, "梳理业务指标的口径"), tuple(ItemKind.RESPONSIBILITY, "搭建监控报表并跟踪异常"));
		// the FAQ question heads its answer; related titles are no duties
		assertThat(text.parsed().sections()).extracting(ParsedArticle.Section::heading)
			.contains("Que certificações ajudam?", "Cargos semelhantes");
		assertThat(text.candidates()).filteredOn(c -> c.text().equals("Coordenador de projetos"))
			.extracting(CandidateDecision::kind)
			.containsOnlyNulls();
		LoadedArticle markdown = loader.load("pipe-table-es.md");
		assertThat(markdown.items()).extracting(ExtractedItem::text, ExtractedItem::description)
			.containsExactly(tuple("Daily", "cuida que la reunión no pase de quince minutos"),
					tuple("Retrospectiva", "modera la conversación del equipo"));
	}

	@Test
	void aShortLineOverANumberedRunTitlesItAndItsMembersAreDutiesEvenWhenTheyReadAsDefinitions() throws IOException {
		LoadedArticle article = loader.load("numbered-run-pl.txt");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "Zbiera dane z wielu źródeł"),
					tuple(ItemKind.RESPONSIBILITY, "Czyści i porządkuje zbiory"),
					tuple(ItemKind.RESPONSIBILITY, "Dba o wprowadzenie nowych raportów"));
		assertThat(article.items().get(0).cue()).isEqualTo("under heading 'Pięć głównych zadań analityka'");
	}

	@Test
	void chineseNumeralsAndNumbersGluedToHanMarkListItems() throws IOException {
		LoadedArticle article = loader.load("numbered-lists-zh.txt");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "搭建业务指标体系"), tuple(ItemKind.RESPONSIBILITY, "编写日常数据报表"),
					tuple(ItemKind.RESPONSIBILITY, "支持产品团队做实验分析"), tuple(ItemKind.SKILL, "数据建模能力"),
					tuple(ItemKind.SKILL, "业务理解能力"));
	}

	@Test
	void indentedLinesUnderALineEndingInAColonAreAList() throws IOException {
		LoadedArticle article = loader.load("indented-list-sv.txt");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "bygga och underhålla rapporter"),
					tuple(ItemKind.RESPONSIBILITY, "analysera försäljning per region"),
					tuple(ItemKind.RESPONSIBILITY, "presentera resultat för ledningen"));
	}

	@Test
	void skillsStatedInProseUnderASkillsHeadingAreSkillsButAListNamingNoAbilityOrLabelledOtherTitlesIsNot()
			throws IOException {
		LoadedArticle article = loader.load("prose-skills-de.md");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text)
			.containsExactly(tuple(ItemKind.SKILL, "Erwartet werden vor allem analytische Fähigkeiten"),
					tuple(ItemKind.SKILL, "Kenntnisse in SQL"), tuple(ItemKind.SKILL, "ein gutes Gespür für Zahlen"));
		// the aside in brackets does not make the heading one of things the role is not
		assertThat(article.items().get(1).cue()).startsWith("heading 'Was ein Data Analyst mitbringen sollte");
	}

	@Test
	void theNextNumberOfARunIsItsMemberWhateverItsOwnWordsSay() throws IOException {
		LoadedArticle article = loader.load("numbered-run-en.md");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "Cleans the sales tables"),
					tuple(ItemKind.RESPONSIBILITY, "Answers questions with SQL"),
					tuple(ItemKind.RESPONSIBILITY, "Tracks the metrics of the funnel"),
					tuple(ItemKind.RESPONSIBILITY, "Coaches people, not just dashboards"),
					tuple(ItemKind.RESPONSIBILITY, "review the week's open questions"));
		assertThat(article.items().get(3).cue()).isEqualTo("under title '4 things a data analyst does every week'");
	}

	@Test
	void paragraphsOpeningWithAShortSentenceUnderADutiesHeadingAreDutiesExplainedByTheRest() throws IOException {
		LoadedArticle article = loader.load("run-in-heads-en.md");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text, ExtractedItem::description)
			.containsExactly(
					tuple(ItemKind.RESPONSIBILITY, "Clean the sales tables",
							"Every Monday the exports arrive broken in new ways."),
					tuple(ItemKind.RESPONSIBILITY, "Answer questions in SQL",
							"Most come in over chat and take ten minutes each."));
	}

	@Test
	void bulletedSectionHeadingsSetOffByBlankLinesHeadTheirProse() throws IOException {
		LoadedArticle article = loader.load("bulleted-headings-ja.txt");
		assertThat(article.parsed().sections()).extracting(ParsedArticle.Section::heading)
			.containsExactly("データアナリストとは", "データサイエンティストとは");
		assertThat(article.items()).extracting(ExtractedItem::text, ExtractedItem::roles)
			.contains(tuple("週次レポートを作成します", Set.of("data-analyst")));
	}

	@Test
	void eachRoleSideUnderAWhoDoesWhatHeadingGivesItsRoleItsDuties() throws IOException {
		LoadedArticle article = loader.load("role-sides-sv.md");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text, ExtractedItem::roles)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "prioriterar backloggen", Set.of("po")),
					tuple(ItemKind.RESPONSIBILITY, "håller i retrospektiven", Set.of("scrum-master")));
	}

	@Test
	void aHeadingParallelToOneWhoseListTheRoleIntroducedListsTheSameRolesDuties() throws IOException {
		LoadedArticle article = loader.load("sibling-headings-es.txt");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text, ExtractedItem::roles)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "limpiando las tablas de ventas", Set.of("data-analyst")),
					tuple(ItemKind.RESPONSIBILITY, "preparando informes semanales", Set.of("data-analyst")),
					tuple(ItemKind.RESPONSIBILITY, "midiendo el uso de cada función", Set.of("data-analyst")));
		// the role the parallel heading names is whom the duties serve, not whose they
		// are
		assertThat(article.items().get(2).cue())
			.startsWith("heading 'Trabajo con el Product Manager' parallel to 'Trabajo con el equipo de ventas'");
	}

	@Test
	void aListIntroducedAfterASentenceAboutTheRoleIsItsDutiesAndThatSentenceSaysOne() throws IOException {
		LoadedArticle article = loader.load("introduced-after-role-en.md");
		assertThat(article.items()).extracting(ExtractedItem::kind, ExtractedItem::text, ExtractedItem::description)
			.containsExactly(tuple(ItemKind.RESPONSIBILITY, "owns the weekly dashboard", null),
					tuple(ItemKind.RESPONSIBILITY, "Sources", "checks every source each morning"),
					tuple(ItemKind.RESPONSIBILITY, "Numbers", "reconciles the totals with finance"));
	}

	@Test
	void aParagraphOpeningWithAPhraseThatNamesItsTopicListsItemsOfThatKind() throws IOException {
		LoadedArticle chinese = loader.load("topic-skills-zh.txt");
		assertThat(chinese.items()).filteredOn(item -> item.kind() == ItemKind.SKILL)
			.extracting(ExtractedItem::text)
			.containsExactly("最需要的是建模能力和对业务的理解", "英语阅读能力也很有用", "数据分析师最需要的是建模能力", "对业务的理解");
		assertThat(chinese.items()).filteredOn(item -> item.kind() == ItemKind.SKILL)
			.extracting(ExtractedItem::cue)
			.containsOnly("topic '至于能力'");
		// the topic's own phrase is no skill
		LoadedArticle english = loader.load("topic-skills-en.md");
		assertThat(english.items()).filteredOn(item -> item.kind() == ItemKind.SKILL)
			.extracting(ExtractedItem::text)
			.containsExactly("a data analyst needs solid SQL", "a feel for statistics", "patience with messy data");
	}

}
