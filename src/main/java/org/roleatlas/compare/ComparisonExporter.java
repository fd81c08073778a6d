package org.roleatlas.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.roleatlas.compare.Comparison.Cell;
import org.roleatlas.compare.Comparison.Column;
import org.roleatlas.compare.Comparison.Row;

/** Writes a comparison as CSV (RFC 4180, safe to open in a spreadsheet) or as a Markdown table. */
final class ComparisonExporter {

	private ComparisonExporter() {
	}

	static String csv(Comparison comparison) {
		StringBuilder out = new StringBuilder();
		List<String> header = new ArrayList<>(List.of("concept", "label", "status", "sources"));
		comparison.columns().forEach(c -> header.add(c.name()));
		line(out, header);
		for (Row row : comparison.rows()) {
			List<String> cells = new ArrayList<>(
					List.of(row.concept(), row.label(), row.status(), String.valueOf(row.sources())));
			comparison.roles().forEach(slug -> cells.add(joined(row.cells().get(slug))));
			line(out, cells);
		}
		List<String> uncategorised = new ArrayList<>(List.of("", "uncategorised", "", ""));
		comparison.roles().forEach(slug -> uncategorised.add(joined(comparison.uncategorised().get(slug))));
		line(out, uncategorised);
		return out.toString();
	}

	private static void line(StringBuilder out, List<String> values) {
		out.append(String.join(",", values.stream().map(ComparisonExporter::csvField).toList())).append("\r\n");
	}

	/**
	 * Quotes every field, doubling quotes; a field a spreadsheet would read as a formula (=, +, -, @, tab, CR)
	 * is prefixed with an apostrophe, since article text is untrusted.
	 */
	static String csvField(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	static String markdown(Comparison comparison) {
		StringBuilder out = new StringBuilder();
		out.append("# ").append(String.join(" vs ", comparison.columns().stream().map(Column::name).toList()))
			.append("\n\n");
		out.append("| Concept | Status | ")
			.append(String.join(" | ", comparison.columns().stream().map(c -> markdownCell(c.name())).toList()))
			.append(" |\n");
		out.append("|---|---|").append("---|".repeat(comparison.columns().size())).append('\n');
		for (Row row : comparison.rows()) {
			out.append("| ").append(markdownCell(row.label())).append(" | ").append(row.status()).append(" | ");
			out.append(String.join(" | ",
					comparison.roles().stream().map(slug -> markdownCell(joined(row.cells().get(slug)))).toList()));
			out.append(" |\n");
		}
		if (comparison.rows().isEmpty()) {
			out.append("\nNo responsibilities or skills to align for these roles.\n");
		}
		Map<String, List<Cell>> uncategorised = comparison.uncategorised();
		out.append("\n## Uncategorised\n\n");
		comparison.columns().forEach(c -> out.append("- **").append(markdownCell(c.name())).append("**: ")
			.append(markdownCell(joined(uncategorised.get(c.slug())))).append('\n'));
		return out.toString();
	}

	/** Pipes and line breaks would break the table; markup characters would become formatting. */
	static String markdownCell(String value) {
		return value == null ? "" : value.replace("\\", "\\\\").replaceAll("([|*_`\\[\\]<>#])", "\\\\$1")
			.replaceAll("\\R", " ");
	}

	private static String joined(List<Cell> cells) {
		if (cells == null) {
			return "";
		}
		Function<Cell, String> cite = c -> c.text() + " (" + c.lang() + ", " + c.file() + ":" + c.line() + ")";
		return String.join("; ", cells.stream().map(cite).toList());
	}

}
