package org.roleatlas.ingest;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.roleatlas.taxonomy.RoleMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Duty clauses of prose sentences, on sentences written for these tests. */
class ProseClausesTest {

	private final ProseClauses clauses = new ProseClauses(new RoleMatcher(LoaderFixture.TAXONOMY.roles()),
			LoaderFixture.TAXONOMY.cues(), LoaderFixture.TAXONOMY.phrases().definitionMarkers());

	private java.util.List<String> texts(String sentence, String lang, Set<String> subjects) {
		return clauses.of(sentence, lang, subjects).stream().map(ProseClauses.Clause::text).toList();
	}

	@Test
	void aSentenceOpenedByTheRoleSplitsOnCommasAndTheLanguagesAnd() {
		assertThat(texts("The scrum master runs the retrospective, coaches new members and removes blockers.", "en",
				Set.of()))
			.containsExactly("runs the retrospective", "coaches new members", "removes blockers");
	}

	@Test
	void aFragmentOpenedByAContinuationWordStaysWithItsClause() {
		assertThat(
				texts("Elle priorise les demandes des clients et des équipes, et les explique à tous.", "fr", Set.of()))
			.containsExactly("priorise les demandes des clients et des équipes, et les explique à tous");
		assertThat(texts("Le product owner priorise les demandes des clients et des équipes, et les explique.", "fr",
				Set.of()))
			.containsExactly("priorise les demandes des clients et des équipes, et les explique");
	}

	@Test
	void aPronounOpensASentenceAboutTheRole() {
		assertThat(texts("Sie plant die Sprints und moderiert das Review.", "de", Set.of("po")))
			.containsExactly("plant die Sprints", "moderiert das Review");
	}

	@Test
	void anInvertedClauseStartsAtItsVerbAndKeepsItsSubjectInside() {
		assertThat(texts("Am Anfang klärt der Projektleiter die Ziele.", "de", Set.of()))
			.containsExactly("klärt der Projektleiter die Ziele");
		assertThat(texts("Danach schreibt er das Konzept und prüft die Kosten.", "de", Set.of()))
			.containsExactly("schreibt er das Konzept", "prüft die Kosten");
		assertThat(texts("Varje vecka planerar hon sprinten och följer upp målen.", "sv", Set.of()))
			.containsExactly("planerar hon sprinten", "följer upp målen");
		assertThat(texts("Efter lanseringen ansvarar projektledaren för överlämningen.", "sv", Set.of()))
			.containsExactly("ansvarar projektledaren för överlämningen");
	}

	@Test
	void aPhraseMayStandBeforeThePronounButNoSubordinateClause() {
		assertThat(texts("Durante la revisione egli raccoglie i commenti e aggiorna il piano.", "it", Set.of()))
			.containsExactly("raccoglie i commenti", "aggiorna il piano");
		assertThat(texts("If you enjoy writing, you will like the job.", "en", Set.of())).isEmpty();
		assertThat(texts("Seit Jahren gilt die Regel, dass er nie allein entscheidet.", "de", Set.of())).isEmpty();
	}

	@Test
	void aSentenceWithoutSubjectGoesOnAboutTheRoleInALanguageThatDropsIt() {
		assertThat(clauses.continuing("In seguito, prepara il budget e sceglie i fornitori.", "it", Set.of())
			.stream()
			.map(ProseClauses.Clause::text)).containsExactly("prepara il budget", "sceglie i fornitori");
		assertThat(clauses.continuing("Il cliente approva il budget.", "it", Set.of())).isEmpty();
		assertThat(clauses.continuing("Then prepares the budget.", "en", Set.of())).isEmpty();
	}

	@Test
	void koreanClausesEndInTheirConnectiveEndings() {
		assertThat(texts("PO는 백로그를 정리하고 우선순위를 정하며, 리뷰에서 결과를 확인한다.", "ko", Set.of())).containsExactly("백로그를 정리하고",
				"우선순위를 정하며", "리뷰에서 결과를 확인한다");
	}

	@Test
	void questionsDefinitionsAndOtherRolesGiveNoClauses() {
		assertThat(texts("Does the product owner write every story?", "en", Set.of())).isEmpty();
		assertThat(texts("A product owner is a member of the Scrum team.", "en", Set.of())).isEmpty();
		assertThat(texts("The CEO approves the budget and hires executives.", "en", Set.of("po"))).isEmpty();
		assertThat(texts("Teams often ask the product owner for help.", "en", Set.of())).isEmpty();
	}

	@Test
	void aRoleDescribedByOneWordOrFrontedByACommaPhraseIsTheSubject() {
		assertThat(texts("A good scrum master shields the team and removes blockers.", "en", Set.of()))
			.containsExactly("shields the team", "removes blockers");
		assertThat(texts("After the review, the product owner updates the backlog.", "en", Set.of()))
			.containsExactly("updates the backlog");
		// an apposition after the comma, without an article, is no subject
		assertThat(texts("Prenons Léa, cheffe de produit chez un éditeur.", "fr", Set.of())).isEmpty();
	}

	@Test
	void aNameOfSeveralMeaningsIsTheSubjectInAnArticleAboutARoleItMayMean() {
		assertThat(texts("A good EM writes the performance reviews.", "en", Set.of("engineering-manager")))
			.containsExactly("writes the performance reviews");
		assertThat(texts("A good EM writes the performance reviews.", "en", Set.of("po"))).isEmpty();
		// the clause is the role's it may mean, not the section's
		assertThat(clauses.of("A good EM writes the performance reviews.", "en", Set.of("engineering-manager", "po")))
			.extracting(ProseClauses.Clause::roles)
			.containsExactly(Set.of("engineering-manager"));
	}

	@Test
	void aSentenceEndingInTheRolesJobGivesTheClausesBeforeItToThatRole() {
		assertThat(clauses.of("장애가 나면 원인을 분석하고 재발 방지책을 정리하는 것도 데이터 분석가의 몫이다.", "ko", Set.of()))
			.extracting(ProseClauses.Clause::text, ProseClauses.Clause::roles)
			.containsExactly(tuple("장애가 나면 원인을 분석하고", Set.of("data-analyst")),
					tuple("재발 방지책을 정리하는 것", Set.of("data-analyst")));
		assertThat(texts("また、週次の数字を集計し、異常を報告するのもデータアナリストの大切な仕事です。", "ja", Set.of())).containsExactly("週次の数字を集計し",
				"異常を報告するの");
		// another role's job, or a job of nobody named ending elsewhere, gives nothing
		assertThat(texts("週次の数字を集計するのもデータアナリストの仕事です。", "ja", Set.of("po"))).isEmpty();
		assertThat(texts("데이터 분석가의 몫이 크다.", "ko", Set.of())).isEmpty();
	}

}
