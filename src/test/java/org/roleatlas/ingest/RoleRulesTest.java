package org.roleatlas.ingest;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.ingest.ArticleFacts.CareerFact;
import org.roleatlas.ingest.ArticleFacts.DefinitionFact;
import org.roleatlas.ingest.ArticleFacts.ReportingFact;
import org.roleatlas.taxonomy.RoleEntry;
import org.roleatlas.taxonomy.RoleMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * How the loader decides which roles an article is about and what it says of them
 * (ambiguous front matter, subjects from the body, reporting lines, career steps), on
 * articles the seeds do not contain (src/test/resources/articles-roles).
 */
class RoleRulesTest {

	@RegisterExtension
	static final LoaderFixture loader = new LoaderFixture("/articles-roles/");

	@Test
	void anAmbiguousFrontMatterRoleResolvesByTheRoleTheArticleNames() throws IOException {
		LoadedArticle article = loader.load("ambiguous-entry-named.md");
		assertThat(article.subjects()).containsExactly("product-manager", "cpo", "growth-hacker");
		assertThat(article.newRoles()).extracting(RoleEntry::slug).containsExactly("growth-hacker");
		assertThat(article.warnings())
			.containsExactly(NoticeCode.FRONT_MATTER_ROLE_CREATED.with("growth-hacker", "growth-hacker"));
	}

	@Test
	void anAmbiguousFrontMatterRoleTheArticleDoesNotSettleStaysUnresolvedAndCreatesNoRole() throws IOException {
		LoadedArticle article = loader.load("ambiguous-entry-unnamed.md");
		assertThat(article.subjects()).isEmpty();
		assertThat(article.newRoles()).isEmpty();
		assertThat(article.warnings()).containsExactly(
				NoticeCode.FRONT_MATTER_ROLE_AMBIGUOUS.with("PM", "product-manager, project-manager"),
				NoticeCode.NO_ROLE_RESOLVED.with(2));
	}

	@Test
	void rolesNamedOnlyInItemsAreMentionedNotSubjects() throws IOException {
		LoadedArticle article = loader.load("passing-mention.txt");
		assertThat(article.title()).isEqualTo("Marketing Managers");
		assertThat(article.subjects()).isEmpty();
		assertThat(article.mentioned()).containsExactlyInAnyOrder("software-engineer", "designer");
		assertThat(article.items()).isNotEmpty();
	}

	@Test
	void theBodyMakesASubjectOfTheRoleItsProseNamesClearlyMost() throws IOException {
		LoadedArticle article = loader.load("body-names-most.md");
		assertThat(article.subjects()).as("developers fill the task list, the prose is about the Scrum Master")
			.containsExactly("scrum-master");
		assertThat(article.mentioned()).containsExactlyInAnyOrder("cto", "software-engineer");
	}

	@Test
	void theBodyMakesNoSubjectOfTwoRolesNamedAboutAsOften() {
		LoadedArticle article = loader.load("tie.md", """
				# Notes from the offsite

				The CTO opened the day and the CMO closed it. Later the CTO and the CMO agreed on a budget.
				""");
		assertThat(article.subjects()).isEmpty();
		assertThat(article.mentioned()).containsExactlyInAnyOrder("cto", "cmo");
	}

	@Test
	void aReportingSentenceAboutSomeoneElseGivesTheSubjectNoReportingLine() throws IOException {
		assertThat(loader.load("reporting-subjects.md").facts().reportingLines())
			.extracting(ReportingFact::role, ReportingFact::reportsTo)
			.containsExactly(tuple("product-manager", "cpo"));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			en | Reports to the CEO.                                  | ceo
			en | In small companies, they usually report to the CEO. | ceo
			en | Engineers report to the CTO.                         |
			en | The PM reports to the CTO.                           |
			sv | Hen rapporterar till VD.                             | ceo
			sv | De flesta ingenjörer rapporterar till VD.            |
			de | Sie berichtet an den Geschäftsführer.                | ceo
			fr | Dans une filiale, il relève du PDG.                  | ceo
			fr | Elle rend compte à la directrice générale.           | ceo
			ko | 그들은 최고 경영자에게 보고한다.                      | ceo
			ko | 개발팀은 CTO에게 보고한다.                            |
			ja | プロダクトオーナーはCEOに報告します。                 | ceo
			ja | 彼らは通常、最高経営責任者に直接報告します。          | ceo
			""")
	void theSubjectReportsWhenTheSentenceNamesItOrOmitsItOrUsesAPronoun(String lang, String sentence,
			String reportsTo) {
		LoadedArticle article = loader.load("po.md", "---\nroles: [po]\nlang: " + lang + "\n---\n" + sentence + "\n");
		assertThat(article.facts().reportingLines()).extracting(ReportingFact::role, ReportingFact::reportsTo)
			.containsExactlyElementsOf(reportsTo == null ? List.of() : List.of(tuple("po", reportsTo)));
	}

	@Test
	void anAmbiguousNameOfTheSubjectReportsForIt() {
		LoadedArticle article = loader.load("pm.md",
				"---\nroles: [product-manager]\n---\nThe PM reports to the CPO.\n");
		assertThat(article.facts().reportingLines()).extracting(ReportingFact::role, ReportingFact::reportsTo)
			.containsExactly(tuple("product-manager", "cpo"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			ja-product-owner.md    | po              | ceo
			fr-product-owner.md    | po              | ceo
			pt-gerente-de-produto.md | product-manager | cpo
			""")
	void japaneseFrenchAndPortugueseArticlesGiveDefinitionsAndReportingLines(String file, String role, String reportsTo)
			throws IOException {
		LoadedArticle article = loader.load(file);
		assertThat(article.subjects()).containsExactly(role);
		assertThat(article.facts().definitions()).extracting(DefinitionFact::role).containsExactly(role);
		assertThat(article.facts().reportingLines()).extracting(ReportingFact::role, ReportingFact::reportsTo)
			.as("whoever else reports to someone gives the subject no line")
			.containsExactly(tuple(role, reportsTo));
	}

	@Test
	void aGermanDefinitionWithAFeminineArticleIsADefinition() {
		LoadedArticle article = loader.load("sm.md", """
				# Scrum Master

				Der Scrum Master ist eine Führungskraft im Dienst des Teams.
				""");
		assertThat(article.facts().definitions()).extracting(DefinitionFact::role).containsExactly("scrum-master");
	}

	@Test
	void careerStepsResolveAmbiguousNamesBySentenceAndReadAppositionsAfterASpacedDash() throws IOException {
		assertThat(loader.load("career-ladder.md").facts().careerPath())
			.extracting(CareerFact::title, CareerFact::stepRole)
			.containsExactly(tuple("associate product manager", "product-manager"), tuple("PM", "product-manager"),
					tuple("senior PM", "product-manager"), tuple("product lead – VP of Product", "cpo"),
					tuple("Chief Product Officer", "cpo"));
	}

	@Test
	void frontMatterEntriesKnowEveryRoleAnAliasMayMean() {
		RoleMatcher roles = new RoleMatcher(LoaderFixture.TAXONOMY.roles());
		assertThat(roles.entryCandidates("PM")).containsExactly("product-manager", "project-manager");
		assertThat(roles.entryCandidates("head of product")).containsExactly("cpo");
		assertThat(roles.entryCandidates("growth-hacker")).isEmpty();
		assertThat(roles.rolesNamed("le PDG et le directeur général, 最高経営責任者")).containsExactly("ceo");
	}

}
