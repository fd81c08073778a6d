package org.roleatlas.ingest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roleatlas.ingest.ArticleFacts.StatementFact;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparisons in the shapes articles write them. Each statement is written as "line lang
 * [roles]: text".
 */
class ComparisonFinderTest {

	private static final ComparisonFinder FINDER = new ComparisonFinder(FactFixture.PHRASES, FactFixture.ROLES,
			FactFixture.LANGUAGE);

	static Stream<Arguments> articles() {
		return Stream.of(
				// two roles and a marker
				article("A scrum master guards the process of the team, whereas a product owner decides what the team builds next.",
						"1 en [po, scrum-master]: A scrum master guards the process of the team, whereas a product owner decides what the team builds next."),
				// two roles without a marker, or one role with a marker, compare nothing
				article("The scrum master and the product owner meet every morning before the standup begins."),
				article("Unlike most executives, the CMO spends a lot of time with customers."),
				// comparisons at most one sentence apart form one passage, farther apart
				// two
				article("The CTO builds the platform, unlike the CMO. Both report to the board. The CMO differs from the CTO in budget.",
						"1 en [cmo, cto]: The CTO builds the platform, unlike the CMO. Both report to the board. The CMO differs from the CTO in budget."),
				article("The CTO builds the platform, unlike the CMO. Both report to the board. They meet weekly. "
						+ "The CMO differs from the CTO in budget.",
						"1 en [cmo, cto]: The CTO builds the platform, unlike the CMO.",
						"1 en [cmo, cto]: The CMO differs from the CTO in budget."),
				// a comparison section is one statement when its text names two roles
				article("Intro text about the many roles of a modern product team and how they work together.\n\n"
						+ "## Differences\n\nThe scrum master owns the process.\n\nThe product owner owns the backlog.\n",
						"5 en [po, scrum-master]: The scrum master owns the process.\nThe product owner owns the backlog."),
				// ko
				article("CTO는 기술 조직을 이끄는 반면 CMO는 브랜드와 마케팅을 책임진다.",
						"1 ko [cmo, cto]: CTO는 기술 조직을 이끄는 반면 CMO는 브랜드와 마케팅을 책임진다."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("articles")
	void findsWhereAnArticleComparesTwoRoles(String markdown, List<String> expected) {
		List<StatementFact> found = FINDER.find(FactFixture.parse(markdown));
		assertThat(found)
			.extracting(s -> s.line() + " " + s.lang() + " " + s.roles().stream().sorted().toList() + ": " + s.text())
			.containsExactlyElementsOf(expected);
	}

	private static Arguments article(String markdown, String... statements) {
		return Arguments.of(markdown, List.of(statements));
	}

}
