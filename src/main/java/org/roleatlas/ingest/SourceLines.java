package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The body lines of an article, numbered as in the file, that the readers turn into
 * blocks; lines the chrome filter dropped are blank here, and a wiki gloss line keeps
 * only its term.
 */
final class SourceLines {

	private final List<String> lines;

	private final int firstLine;

	public SourceLines(List<String> lines, int firstLine) {
		this.lines = new ArrayList<>(lines);
		this.firstLine = firstLine;
	}

	public int firstLine() {
		return firstLine;
	}

	public int lastLine() {
		return firstLine + lines.size() - 1;
	}

	public String get(int line) {
		return lines.get(line - firstLine);
	}

	/** The lines from one line to another, both included. */
	public List<String> lines(int from, int to) {
		return List.copyOf(lines.subList(from - firstLine, to - firstLine + 1));
	}

	void replace(int line, String text) {
		lines.set(line - firstLine, text);
	}

	/**
	 * The lines joined, blank lines kept, so that a parser's line numbers map back by
	 * adding the first line.
	 */
	public String body() {
		return String.join("\n", lines);
	}

}
