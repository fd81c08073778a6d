package org.roleatlas.corpus;

import java.util.List;

/**
 * Where the YAML block an article may open with ({@code ---} … {@code ---} or
 * {@code ...}) ends. The loader parses what lies between; the article page renders what
 * follows, from the stored raw text.
 */
public final class FrontMatterFence {

	private FrontMatterFence() {
	}

	/**
	 * The 0-based index of the closing line, -1 when the lines open no front matter, -2
	 * when it never closes.
	 */
	public static int closingLine(List<String> lines) {
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			return -1;
		}
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.equals("---") || line.equals("...")) {
				return i;
			}
		}
		return -2;
	}

	/** The 1-based line where the body starts: after the closing line, else 1. */
	public static int bodyStart(List<String> lines) {
		int closing = closingLine(lines);
		return closing < 0 ? 1 : closing + 2;
	}

}
