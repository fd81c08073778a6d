package org.roleatlas.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.roleatlas.compare.Comparison.Cell;
import org.roleatlas.compare.Comparison.Column;
import org.roleatlas.compare.Comparison.Fact;
import org.roleatlas.compare.Comparison.Row;
import org.roleatlas.compare.Comparison.Statement;
import org.roleatlas.role.RoleViews.DefinitionView;
import org.springframework.context.MessageSource;

/**
 * Writes what the comparison page shows as CSV (RFC 4180, safe to open in a spreadsheet)
 * or Markdown, in the UI language and with the page's choice of rows ({@code show}).
 * <p>
 * The CSV is one table: {@code section,key,label,status,sources} and a column per role.
 * Sections, in order: {@code definition} (each role's one-line definition),
 * {@code concept} (key: concept id, status as in the API), {@code uncategorised},
 * {@code fact} (key: fact name) and {@code statement} (key: file:line, label: the quote,
 * a role column says whether the quote names that role).
 */
final class ComparisonExporter {

	/**
	 * Excel reads CSV without it in the system code page, garbling Korean and Swedish.
	 */
	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final String NONE = "—";

	private final MessageSource messages;

	ComparisonExporter(MessageSource messages) {
		this.messages = messages;
	}

	String csv(Comparison comparison, String show, Locale locale) {
		StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
		List<String> header = new ArrayList<>(List.of("section", "key", "label", "status", "sources"));
		comparison.columns().forEach(c -> header.add(c.name()));
		line(out, header);
		line(out, csvRow("definition", "", message("compare.definition", locale), "", "",
				comparison.columns().stream().map(c -> cited(c.definition())).toList()));
		for (Row row : comparison.rowsToShow(show)) {
			line(out, csvRow("concept", row.concept(), row.label(), row.status(), String.valueOf(row.sources()),
					comparison.roles().stream().map(slug -> joined(row.cells().get(slug))).toList()));
		}
		line(out, csvRow("uncategorised", "", message("concept.uncategorised", locale), "", "",
				comparison.roles().stream().map(slug -> joined(comparison.uncategorised().get(slug))).toList()));
		for (Fact fact : comparison.facts()) {
			line(out, csvRow("fact", fact.name(), message("compare.fact." + fact.name(), locale), "", "",
					comparison.roles().stream().map(fact::display).toList()));
		}
		String named = message("compare.statement.named", locale);
		for (Statement statement : comparison.statements()) {
			line(out, csvRow("statement", statement.file() + ":" + statement.line(), statement.text(), "", "",
					comparison.roles().stream().map(slug -> statement.roles().contains(slug) ? named : "").toList()));
		}
		return out.toString();
	}

	private static List<String> csvRow(String section, String key, String label, String status, String sources,
			List<String> perRole) {
		List<String> fields = new ArrayList<>(List.of(section, key, label, status, sources));
		fields.addAll(perRole);
		return fields;
	}

	private static void line(StringBuilder out, List<String> values) {
		out.append(String.join(",", values.stream().map(ComparisonExporter::csvField).toList())).append("\r\n");
	}

	/**
	 * Quotes every field, doubling quotes; a field a spreadsheet would read as a formula
	 * (=, +, -, @, tab, CR) is prefixed with an apostrophe, since article text is
	 * untrusted.
	 */
	static String csvField(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	String markdown(Comparison comparison, String show, Locale locale) {
		List<Column> columns = comparison.columns();
		StringBuilder out = new StringBuilder();
		out.append("# ")
			.append(markdownCell(message("compare.heading", locale, String.join(" · ", names(columns)))))
			.append("\n\n");

		out.append("## ").append(message("compare.definitions", locale)).append("\n\n");
		columns.forEach(c -> out.append("- **")
			.append(markdownCell(c.name()))
			.append("**: ")
			.append(markdownCell(orNone(cited(c.definition()))))
			.append('\n'));

		out.append("\n## ").append(message("compare.table.caption", locale)).append("\n\n");
		if (comparison.hasConcepts()) {
			if (!ComparePath.ALL.equals(show)) {
				out.append('_').append(message("compare.show." + show, locale)).append("_\n\n");
			}
			tableHead(out, List.of(message("compare.concept", locale), message("compare.status", locale)), columns);
			for (Row row : comparison.rowsToShow(show)) {
				tableRow(out, List.of(row.label(), messages.getMessage(comparison.statusMessage(row), locale)),
						comparison.roles().stream().map(slug -> orNone(joined(row.cells().get(slug)))).toList());
			}
		}
		else {
			out.append(message("compare.noConcepts", locale)).append('\n');
		}

		out.append("\n## ").append(message("concept.uncategorised", locale)).append("\n\n");
		columns.forEach(c -> out.append("- **")
			.append(markdownCell(c.name()))
			.append("**: ")
			.append(markdownCell(orNone(joined(comparison.uncategorised().get(c.slug())))))
			.append('\n'));

		out.append("\n## ").append(message("compare.facts", locale)).append("\n\n");
		tableHead(out, List.of(message("compare.fact", locale)), columns);
		for (Fact fact : comparison.facts()) {
			tableRow(out, List.of(message("compare.fact." + fact.name(), locale)),
					comparison.roles().stream().map(slug -> orNone(fact.display(slug))).toList());
		}

		out.append("\n## ").append(message("compare.statements", locale)).append("\n\n");
		if (comparison.statements().isEmpty()) {
			out.append(message("compare.noStatements", locale)).append('\n');
		}
		for (Statement statement : comparison.statements()) {
			// Kept line by line: 001's passage gives PM, PO and 기획자 a line each.
			statement.text()
				.lines()
				.map(String::strip)
				.forEach(l -> out.append("> ").append(markdownText(l)).append('\n'));
			out.append('\n')
				.append("— ")
				.append(markdownCell(cite(statement.lang(), statement.file(), statement.line())))
				.append("\n\n");
		}
		return out.toString();
	}

	private static List<String> names(List<Column> columns) {
		return columns.stream().map(Column::name).toList();
	}

	private static void tableHead(StringBuilder out, List<String> leading, List<Column> columns) {
		tableRow(out, leading, names(columns));
		out.append("|---".repeat(leading.size() + columns.size())).append("|\n");
	}

	private static void tableRow(StringBuilder out, List<String> leading, List<String> perRole) {
		List<String> cells = new ArrayList<>(leading);
		cells.addAll(perRole);
		out.append("| ")
			.append(String.join(" | ", cells.stream().map(ComparisonExporter::markdownCell).toList()))
			.append(" |\n");
	}

	/**
	 * Pipes and line breaks would break the table; markup characters would become
	 * formatting.
	 */
	static String markdownCell(String value) {
		return markdownText(value).replaceAll("\\R", " ");
	}

	private static String markdownText(String value) {
		return value == null ? "" : value.replace("\\", "\\\\").replaceAll("([|*_`\\[\\]<>#])", "\\\\$1");
	}

	private String message(String code, Locale locale, Object... arguments) {
		return messages.getMessage(code, arguments, locale);
	}

	private static String orNone(String value) {
		return value == null || value.isEmpty() ? NONE : value;
	}

	private static String cited(DefinitionView definition) {
		return definition == null ? ""
				: definition.text() + " " + cite(definition.lang(), definition.file(), definition.line());
	}

	private static String joined(List<Cell> cells) {
		if (cells == null) {
			return "";
		}
		Function<Cell, String> cited = c -> c.text() + " " + cite(c.lang(), c.file(), c.line());
		return String.join("; ", cells.stream().map(cited).toList());
	}

	private static String cite(String lang, String file, int line) {
		return "(" + lang + ", " + file + ":" + line + ")";
	}

}
