package org.roleatlas.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.roleatlas.role.RoleViews.AliasView;
import org.roleatlas.role.RoleViews.DefinitionView;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/**
 * Two to four roles side by side: one row per concept any of them has, cells citing their
 * sources, facts, and what the sources themselves say when comparing them. Shaped for the
 * JSON API; {@code columns} adds what the page shows above the table.
 */
public record Comparison(List<String> roles, Summary summary, List<Row> rows, Map<String, List<Cell>> uncategorised,
		List<Fact> facts, List<Statement> statements, List<Column> columns) {

	static final String SHARED = "shared";

	static final String PARTIAL = "partial";

	static final String ONLY = "only:";

	/**
	 * Counts of concepts; {@code overlap} is shared / all, null when the roles have no
	 * concepts at all.
	 */
	public record Summary(int shared, int partial, Map<String, Integer> only, @Nullable Double overlap) {
	}

	/**
	 * {@code status} is "shared" (every role), "partial" (some of three or four) or
	 * "only:slug".
	 */
	public record Row(String concept, String label, String status, int sources, Map<String, List<Cell>> cells) {

		/** Derived from {@code status}, so the API leaves it out. */
		@JsonIgnore
		public boolean isShared() {
			return SHARED.equals(status);
		}

		public int rolesWithItems() {
			return (int) cells.values().stream().filter(items -> !items.isEmpty()).count();
		}

	}

	public record Cell(String text, String lang, String file, int line, String kind) {
	}

	/**
	 * A fact per role: "reportsTo" (names), "salary" (a {@link SalaryRange}), "sources"
	 * (a number), "languages" (language codes). Every compared role has a key; its value
	 * is null when the sources do not say. {@code values} is what the API gives;
	 * {@code shown} what the page and the exports write, in the UI language.
	 */
	public record Fact(String name, @Schema(
			description = "By role slug: reportsTo a list of role slugs, salary {currency, min, max, period}, sources a "
					+ "number, languages a list of language codes; null when the sources do not say") Map<String, Object> values,
			@JsonIgnore Map<String, String> shown) {

		public String display(String slug) {
			return shown.get(slug);
		}
	}

	/** The span of a role's salary figures in one currency and period. */
	public record SalaryRange(String currency, BigDecimal min, BigDecimal max, String period) {
	}

	public record Statement(String text, String lang, String file, int line, List<String> roles) {
	}

	public record Column(String slug, String name, @Nullable DefinitionView definition, List<AliasView> aliases) {
	}

	public boolean hasConcepts() {
		return !rows.isEmpty();
	}

	public boolean hasUncategorised() {
		return uncategorised.values().stream().anyMatch(items -> !items.isEmpty());
	}

	/**
	 * The rows to show: "shared" keeps shared ones, "differences" the others, anything
	 * else all of them.
	 */
	public List<Row> rowsToShow(String show) {
		return switch (show == null ? "" : show) {
			case "shared" -> rows.stream().filter(Row::isShared).toList();
			case "differences" -> rows.stream().filter(r -> !r.isShared()).toList();
			default -> rows;
		};
	}

	/**
	 * A row's status in words ("shared", "2 of 3", "only Product Owner"), for the page
	 * and the Markdown export.
	 */
	public MessageSourceResolvable statusMessage(Row row) {
		if (row.isShared()) {
			return message("compare.status.shared");
		}
		if (PARTIAL.equals(row.status())) {
			return message("compare.status.partial", row.rolesWithItems(), roles.size());
		}
		String slug = row.status().substring(ONLY.length());
		return message("compare.status.only", columns.get(roles.indexOf(slug)).name());
	}

	private static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

}
