package org.roleatlas.ingest;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.roleatlas.taxonomy.RoleMatcher;

import static org.assertj.core.api.Assertions.assertThat;

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
	void anInvertedGermanClauseKeepsItsSubjectInside() {
		assertThat(texts("Am Anfang klärt der Projektleiter die Ziele.", "de", Set.of()))
			.containsExactly("Am Anfang klärt der Projektleiter die Ziele");
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

}
