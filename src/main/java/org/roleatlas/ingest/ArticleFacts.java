package org.roleatlas.ingest;

import java.util.List;
import java.util.Set;

import org.roleatlas.corpus.SalaryFigure;

/**
 * The facts an article states about roles, by role slug, with the line each comes from.
 */
record ArticleFacts(List<DefinitionFact> definitions, List<StatementFact> statements, List<SalaryFact> salaries,
		List<ReportingFact> reportingLines, List<CareerFact> careerPath) {

	public record DefinitionFact(String role, String text, String lang, int line) {
	}

	public record StatementFact(String text, String lang, int line, Set<String> roles) {
	}

	public record SalaryFact(String role, SalaryFigure figure) {
	}

	public record ReportingFact(String role, String reportsTo, String sentence, int line) {
	}

	/**
	 * One step of the ladder towards {@code role}; {@code stepRole} is null when the
	 * title names no known role.
	 */
	public record CareerFact(String role, int position, String title, String stepRole, int line) {
	}

}
