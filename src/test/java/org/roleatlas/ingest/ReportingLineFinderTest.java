package org.roleatlas.ingest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roleatlas.ingest.ArticleFacts.ReportingFact;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reporting lines in the shapes articles write them, with the article's subjects ("-" for
 * none). Each line is written as "role>reports-to".
 */
class ReportingLineFinderTest {

	private static final ReportingLineFinder FINDER = new ReportingLineFinder(FactFixture.PHRASES, FactFixture.ROLES);

	static Stream<Arguments> sentences() {
		return Stream.of(
				// the role named before the verb reports to the one after it
				sentence("In most startups the CMO reports to the CEO.", "cto", "cmo>ceo"),
				// no subject at all, or a pronoun opening the clause: the article's
				// subjects
				sentence("Reports directly to the CEO.", "cto", "cto>ceo"),
				sentence("In larger companies, they usually report to the CTO.", "software-engineer",
						"software-engineer>cto"),
				// a noun the taxonomy does not know is someone else
				sentence("Most of the interns report to the CTO.", "cmo"),
				// a pronoun that opens a longer noun phrase is someone else too
				sentence("They say many people report to the CTO.", "cmo"),
				// sv, pt, de: the target after the verb
				sentence("Rollen rapporterar oftast till CTO.", "software-engineer", "software-engineer>cto"),
				sentence("O CMO reporta ao CEO.", "-", "cmo>ceo"),
				sentence("Der CTO berichtet an den CEO.", "-", "cto>ceo"),
				// ko: the target before the verb
				sentence("CMO는 CEO에게 직접 보고한다.", "-", "cmo>ceo"),
				// a sentence with no reporting verb gives nothing
				sentence("The CTO and the CEO decide the budget together.", "cto"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("sentences")
	void linksWhoReportsToWhom(String text, String subjects, List<String> expected) {
		List<ReportingFact> found = FINDER.find(FactFixture.parse(text), FactFixture.subjects(subjects));
		assertThat(found).extracting(f -> f.role() + ">" + f.reportsTo()).containsExactlyElementsOf(expected);
		assertThat(found).allSatisfy(f -> {
			assertThat(f.sentence()).isEqualTo(text);
			assertThat(f.line()).isEqualTo(1);
		});
	}

	private static Arguments sentence(String text, String subjects, String... lines) {
		return Arguments.of(text, subjects, List.of(lines));
	}

}
