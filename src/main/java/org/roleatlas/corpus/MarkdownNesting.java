package org.roleatlas.corpus;

import java.util.List;

/**
 * How deep a Markdown line nests block quotes and lists, read from its leading markers
 * and indentation alone, without parsing: a parser or renderer that recurses once per
 * level can then be kept from lines deeper than it can afford. Quotes and lists cannot
 * nest deeper than their markers and indentation on the line say, so the count is an
 * upper bound.
 */
public final class MarkdownNesting {

	/**
	 * Columns of indentation that count as one level (a list's content indent or more).
	 */
	private static final int COLUMNS_PER_LEVEL = 4;

	private static final int MAX_ORDERED_DIGITS = 9;

	private MarkdownNesting() {
	}

	/** The deepest nesting of the lines. */
	public static int deepest(List<String> lines) {
		int deepest = 0;
		for (String line : lines) {
			deepest = Math.max(deepest, of(line));
		}
		return deepest;
	}

	/** Quote and list markers before the line's text, plus its indentation in levels. */
	public static int of(String line) {
		int markers = 0;
		int columns = 0;
		int i = 0;
		int n = line.length();
		while (i < n) {
			char c = line.charAt(i);
			if (c == ' ') {
				columns++;
				i++;
			}
			else if (c == '\t') {
				columns += COLUMNS_PER_LEVEL;
				i++;
			}
			else if (c == '>') {
				markers++;
				i++;
			}
			else if ((c == '-' || c == '*' || c == '+') && i + 1 < n && line.charAt(i + 1) == ' ') {
				markers++;
				i += 2;
			}
			else {
				int end = orderedMarkerEnd(line, i);
				if (end < 0) {
					break;
				}
				markers++;
				i = end;
			}
		}
		return markers + columns / COLUMNS_PER_LEVEL;
	}

	/**
	 * Past "12." or "3)" and its space at {@code at}, or -1 when no such marker is there.
	 */
	private static int orderedMarkerEnd(String line, int at) {
		int i = at;
		while (i < line.length() && i - at < MAX_ORDERED_DIGITS && Character.isDigit(line.charAt(i))) {
			i++;
		}
		boolean marker = i > at && i + 1 < line.length() && (line.charAt(i) == '.' || line.charAt(i) == ')')
				&& line.charAt(i + 1) == ' ';
		return marker ? i + 2 : -1;
	}

}
