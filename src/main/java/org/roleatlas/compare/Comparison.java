package org.roleatlas.compare;

import java.util.List;
import java.util.Map;

import org.roleatlas.role.RoleViews.AliasView;
import org.roleatlas.role.RoleViews.DefinitionView;

/**
 * Two to four roles side by side: one row per concept any of them has, cells citing their sources, facts, and
 * what the sources themselves say when comparing them. Shaped for the JSON API; {@code columns} adds what the page
 * shows above the table.
 */
public record Comparison(List<String> roles, Summary summary, List<Row> rows, Map<String, List<Cell>> uncategorised,
		List<Fact> facts, List<Statement> statements, List<Column> columns) {

	/** Counts of concepts; {@code overlap} is shared / all, null when the roles have no concepts at all. */
	public record Summary(int shared, int partial, Map<String, Integer> only, Double overlap) {
	}

	/** {@code status} is "shared" (every role), "partial" (some of three or four) or "only:slug". */
	public record Row(String concept, String label, String status, int sources, Map<String, List<Cell>> cells) {

		public boolean isShared() {
			return "shared".equals(status);
		}

	}

	public record Cell(String text, String lang, String file, int line, String kind) {
	}

	/** A fact per role: "reportsTo", "salary", "sources" or "languages"; a role without it has no value. */
	public record Fact(String name, Map<String, String> values) {
	}

	public record Statement(String text, String lang, String file, int line, List<String> roles) {
	}

	public record Column(String slug, String name, DefinitionView definition, List<AliasView> aliases) {
	}

	public boolean hasConcepts() {
		return !rows.isEmpty();
	}

	/** The rows to show: "shared" keeps shared ones, "differences" the others, anything else all of them. */
	public List<Row> rowsToShow(String show) {
		return switch (show == null ? "" : show) {
			case "shared" -> rows.stream().filter(Row::isShared).toList();
			case "differences" -> rows.stream().filter(r -> !r.isShared()).toList();
			default -> rows;
		};
	}

}
