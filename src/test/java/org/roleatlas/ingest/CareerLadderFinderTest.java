package org.roleatlas.ingest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roleatlas.ingest.ArticleFacts.CareerFact;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Career ladders in the shapes career sections write them, for the subjects given
 * ("cto,cmo"). Each step is written as "role position title (step role or -)".
 */
class CareerLadderFinderTest {

	private static final CareerLadderFinder FINDER = new CareerLadderFinder(FactFixture.PHRASES, FactFixture.ROLES);

	private static final String INTRO = "Intro text about the many roles of a modern product team and how they work together.\n\n";

	static Stream<Arguments> sections() {
		return Stream.of(
				// title markers introduce titles; a sequence marker counts before a role
				section("## Career path\n\nMost start as a data analyst, then software engineer, and finally CTO.\n",
						"cto", "cto 1 a data analyst (data-analyst)", "cto 2 software engineer (software-engineer)",
						"cto 3 CTO (cto)"),
				// every subject gets the ladder
				section("## Career path\n\nMost start as a data analyst, then software engineer, and finally CTO.\n",
						"cto,ceo", "cto 1 a data analyst (data-analyst)", "cto 2 software engineer (software-engineer)",
						"cto 3 CTO (cto)", "ceo 1 a data analyst (data-analyst)",
						"ceo 2 software engineer (software-engineer)", "ceo 3 CTO (cto)"),
				// a title naming no known role stays a step, with no step role
				section("## Career path\n\nMany start as a growth hacker, then marketer, and finally CMO.\n", "cmo",
						"cmo 1 a growth hacker (-)", "cmo 2 marketer (marketer)", "cmo 3 CMO (cmo)"),
				// a sequence marker before no role is no step, and two steps are no
				// ladder
				section("## Career path\n\nMost start as a data analyst, then learn a lot, and finally CTO.\n", "cto"),
				// outside a career section there is no ladder
				section("## Daily work\n\nMost start as a data analyst, then software engineer, and finally CTO.\n",
						"cto"),
				// sv, with the step's own name after a spaced dash
				section("## Karriärväg\n\nMånga börjar som projektledare, sedan utvecklare, slutligen avdelningschefen – CTO.\n",
						"cto", "cto 1 projektledare (project-manager)", "cto 2 utvecklare (software-engineer)",
						"cto 3 avdelningschefen – CTO (cto)"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sections")
	void readsTheStepsOfACareerSection(String section, String subjects, List<String> expected) {
		List<CareerFact> found = FINDER.find(FactFixture.parse(INTRO + section), FactFixture.subjects(subjects));
		assertThat(found)
			.extracting(f -> f.role() + " " + f.position() + " " + f.title() + " ("
					+ (f.stepRole() == null ? "-" : f.stepRole()) + ")")
			.containsExactlyElementsOf(expected);
	}

	private static Arguments section(String markdown, String subjects, String... steps) {
		return Arguments.of(markdown, subjects, List.of(steps));
	}

}
