package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.roleatlas.ingest.Block.Type;
import org.roleatlas.taxonomy.TextNormalizer;

/**
 * A simple table written as text, its cells split by tabs or by pipes
 * ({@code | a | b |}): the header row introduces the rows as a sentence ending in ":"
 * introduces a list, and each row is an item whose label cell is its text and whose other
 * cells describe it ("Planeamento → define o âmbito, o cronograma e o orçamento").
 */
final class TableRows {

	private static final Pattern PIPE_ROW = Pattern.compile("^\\s*\\|.*\\|\\s*$");

	private static final Pattern SEPARATOR_ROW = Pattern.compile("^[\\s|:\\-]*-{3,}[\\s|:\\-]*$");

	private static final Pattern TABS = Pattern.compile("\\t+");

	private static final Pattern PIPE = Pattern.compile("\\|");

	private static final String CELL_JOINER = " · ";

	private TableRows() {
	}

	/** Whether a raw line is a row: two cells or more, or a pipe table's separator. */
	static boolean isRow(String raw) {
		if (raw == null || (raw.indexOf('\t') < 0 && raw.indexOf('|') < 0)) {
			return false;
		}
		return SEPARATOR_ROW.matcher(raw).matches() || cells(raw).size() >= 2;
	}

	/**
	 * Whether these raw lines are one table: a header and a row at least, a pipe table
	 * with its separator under the header.
	 */
	static boolean isTable(List<String> raw) {
		if (raw.size() < 2 || !raw.stream().allMatch(TableRows::isRow)) {
			return false;
		}
		boolean piped = PIPE_ROW.matcher(raw.get(0)).matches();
		return !piped || (raw.size() >= 3 && SEPARATOR_ROW.matcher(raw.get(1)).matches());
	}

	/**
	 * The blocks of a table whose first raw line stands on source line {@code firstLine}:
	 * the header as a paragraph ending in ":", each row a list item.
	 */
	static List<Block> blocks(List<String> raw, int firstLine) {
		List<Block> blocks = new ArrayList<>(raw.size());
		blocks.add(Block.of(Type.PARAGRAPH, String.join(CELL_JOINER, cells(raw.get(0))) + ":", firstLine));
		for (int i = 1; i < raw.size(); i++) {
			List<String> cells = cells(raw.get(i));
			if (SEPARATOR_ROW.matcher(raw.get(i)).matches() || cells.isEmpty()) {
				continue;
			}
			String rest = cells.size() > 1 ? String.join(CELL_JOINER, cells.subList(1, cells.size())) : null;
			blocks.add(Block.of(Type.LIST_ITEM, cells.get(0), firstLine + i).withDetail(rest));
		}
		return blocks;
	}

	private static List<String> cells(String raw) {
		String line = raw.strip();
		String[] parts;
		if (raw.indexOf('\t') >= 0) {
			parts = TABS.split(line);
		}
		else if (PIPE_ROW.matcher(raw).matches()) {
			parts = PIPE.split(line.substring(1, line.length() - 1));
		}
		else {
			return List.of();
		}
		return Arrays.stream(parts)
			.map(TextNormalizer::normalize)
			.filter(cell -> !cell.isEmpty() && !cell.equals("—") && !cell.equals("-"))
			.toList();
	}

}
