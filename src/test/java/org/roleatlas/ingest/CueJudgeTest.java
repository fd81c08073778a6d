package org.roleatlas.ingest;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.roleatlas.corpus.ItemKind;
import org.roleatlas.ingest.Candidate.Context;
import org.roleatlas.ingest.Candidate.Shape;
import org.roleatlas.taxonomy.SectionKind;

import static org.assertj.core.api.Assertions.assertThat;

/** Each cue of the judge on candidates made up for the test. */
class CueJudgeTest {

	private final CueJudge judge = new CueJudge(LoaderFixture.TAXONOMY.phrases(), LoaderFixture.TAXONOMY.cues());

	private static Candidate item(String text, Context context) {
		return new Candidate(Shape.LIST_ITEM, text, null, 3, "Heading", context, Set.of());
	}

	private static Candidate clause(String text, Context context) {
		return new Candidate(Shape.PROSE_CLAUSE, text, null, 3, "Heading", context, Set.of());
	}

	private static final Context DUTIES = new Context(SectionKind.RESPONSIBILITIES, "heading 'Duties'", false);

	@Test
	void shapesOfPageFurnitureAreDroppedWhateverTheirSection() {
		assertThat(judge.judge(item("→ Ten tools we love", DUTIES), "en").cue()).isEqualTo("shape: link");
		assertThat(judge.judge(item("2023.10.04", DUTIES), "en").cue()).isEqualTo("shape: date");
		assertThat(judge.judge(item("Comments (12)", DUTIES), "en").cue()).isEqualTo("shape: counter");
		assertThat(judge.judge(item("#agile #scrum #career", DUTIES), "en").cue()).isEqualTo("shape: hashtags");
		assertThat(judge.judge(item("Home | Blog | Jobs", DUTIES), "en").kept()).isFalse();
	}

	@Test
	void theContextDecidesTheKindAndAnAbilityIsASkill() {
		assertThat(judge.judge(item("Order the backlog", DUTIES), "en"))
			.isEqualTo(new CueJudge.Verdict(ItemKind.RESPONSIBILITY, "heading 'Duties'"));
		assertThat(judge.judge(item("Negotiation skills", DUTIES), "en"))
			.isEqualTo(new CueJudge.Verdict(ItemKind.SKILL, "phrased as an ability"));
		// under a duties heading an ability inside a longer duty is what the duty works
		// with
		assertThat(judge.judge(item("Maintain up-to-date knowledge of hacking trends", DUTIES), "en").kind())
			.isEqualTo(ItemKind.RESPONSIBILITY);
		assertThat(judge.judge(item("Vertieft die Kenntnisse des Teams in Scrum", DUTIES), "de").kind())
			.isEqualTo(ItemKind.RESPONSIBILITY);
		assertThat(judge.judge(item("Gute SQL-Kenntnisse", DUTIES), "de").kind()).isEqualTo(ItemKind.SKILL);
		assertThat(judge.judge(item("Knowledge of SQL (PostgreSQL)", DUTIES), "en").kind()).isEqualTo(ItemKind.SKILL);
		Context skills = new Context(SectionKind.SKILLS, "heading 'Profile'", false);
		assertThat(judge.judge(item("SQL", skills), "en").kind()).isEqualTo(ItemKind.SKILL);
		assertThat(judge.judge(item("Order the backlog", Context.NONE), "en"))
			.isEqualTo(new CueJudge.Verdict(null, "no duty cue: no heading"));
	}

	@Test
	void headingsThatSayNotDutiesAndTrapSectionsDropTheirItems() {
		Context not = new Context(null, "heading 'What a PO is not' says not duties", true);
		assertThat(judge.judge(item("Assign tasks to developers", not), "en").cue())
			.isEqualTo("heading 'What a PO is not' says not duties");
		Context career = new Context(SectionKind.CAREER, "heading 'How to become one'", false);
		assertThat(judge.judge(item("Take a certification course", career), "en").cue())
			.isEqualTo("heading 'How to become one' is about career");
	}

	@Test
	void aClauseAboutTheRoleIsADutyUnlessItSaysWhomItWorksWith() {
		assertThat(judge.judge(clause("reviews the increment", Context.NONE), "en").kind())
			.isEqualTo(ItemKind.RESPONSIBILITY);
		assertThat(judge.judge(clause("works closely with the designers", Context.NONE), "en").cue())
			.isEqualTo("says whom the role works with");
		assertThat(judge.judge(clause("and", Context.NONE), "en").kept()).isFalse();
		// a clause opening with a negation says what the role does not do
		assertThat(judge.judge(clause("doesn't write the code herself", Context.NONE), "en").cue())
			.isEqualTo("says what the role does not do");
		assertThat(judge.judge(clause("não distribui tarefas ao time", Context.NONE), "pt").kept()).isFalse();
		assertThat(judge.judge(clause("makes sure the action items don't vanish", Context.NONE), "en").kept()).isTrue();
	}

}
