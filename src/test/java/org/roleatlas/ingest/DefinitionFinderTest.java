package org.roleatlas.ingest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roleatlas.ingest.ArticleFacts.DefinitionFact;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Definitions in the shapes articles write them. Each is written as "role line lang:
 * text".
 */
class DefinitionFinderTest {

	private static final DefinitionFinder FINDER = new DefinitionFinder(FactFixture.PHRASES, FactFixture.ROLES,
			FactFixture.LANGUAGE);

	static Stream<Arguments> articles() {
		return Stream.of(
				// an opening sentence with a definition marker defines the roles it names
				article("The Chief Technology Officer is the executive who decides how the company builds its software and its platforms.",
						"-",
						"cto 1 en: The Chief Technology Officer is the executive who decides how the company builds its software and its platforms."),
				// an opening without a marker defines nothing
				article("Chief Technology Officers often spend their mornings in meetings with the founders and the board.",
						"cto"),
				// a definition section defines the roles its heading names ...
				article("Intro text about the many roles of a modern product team and how they work together.\n\n"
						+ "## What is a Scrum Master?\n\nA servant leader who keeps the team's process healthy and removes blockers.\n",
						"product-manager",
						"scrum-master 5 en: A servant leader who keeps the team's process healthy and removes blockers."),
				// ... or, naming none, the article's subjects
				article("Intro text about the many roles of a modern product team and how they work together.\n\n"
						+ "## Overview\n\nOwns the outcome of a product line, from discovery to delivery and growth.\n",
						"product-manager",
						"product-manager 5 en: Owns the outcome of a product line, from discovery to delivery and growth."),
				// a block "Role: what it is" defines its head's role; a head with other
				// words is no definition
				article("Intro text about the many roles of a modern product team and how they work together.\n\n"
						+ "## Who is who\n\n- CMO: leads marketing, brand and demand generation for the company.\n"
						+ "- Tips for a CMO: listen to the sales team before planning a campaign.\n", "-",
						"cmo 5 en: leads marketing, brand and demand generation for the company."),
				// ko
				article("CTO란 회사의 기술 전략과 개발 조직을 책임지는 임원을 말한다.", "-", "cto 1 ko: CTO란 회사의 기술 전략과 개발 조직을 책임지는 임원을 말한다."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("articles")
	void definesTheRolesAnArticleSaysWhatTheyAre(String markdown, String subjects, List<String> expected) {
		List<DefinitionFact> found = FINDER.find(FactFixture.parse(markdown), FactFixture.subjects(subjects));
		assertThat(found).extracting(d -> d.role() + " " + d.line() + " " + d.lang() + ": " + d.text())
			.containsExactlyElementsOf(expected);
	}

	private static Arguments article(String markdown, String subjects, String... definitions) {
		return Arguments.of(markdown, subjects, List.of(definitions));
	}

}
