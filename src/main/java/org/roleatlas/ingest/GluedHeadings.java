package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.roleatlas.ingest.Block.Span;
import org.roleatlas.ingest.Block.Type;

/**
 * Splits a paragraph of consecutive plain-text lines where a line heads the lines after
 * it though nothing set it apart: a FAQ glues each question to its answer, a scrape glues
 * a short title ("Aufgaben" once its "[Bearbeiten]" is gone) over its prose.
 */
final class GluedHeadings {

	/** A line this long or longer asks no heading's question. */
	static final int MAX_QUESTION_HEADING = 80;

	private static final int MAX_GLUED_HEADING = 40;

	static final Pattern QUESTION = Pattern.compile("[?？]$");

	/** A line ending so goes on, or ends a sentence: it heads nothing. */
	private static final Pattern LINE_GOES_ON = Pattern.compile("[.,;:!?。，、；：！？…\\-–—]$");

	private GluedHeadings() {
	}

	/**
	 * The paragraph's parts in order: each heading line a paragraph of its own, the lines
	 * between them paragraphs; the paragraph itself when no line heads.
	 */
	static List<Block> split(Block paragraph) {
		List<Block> parts = new ArrayList<>();
		List<Block> lines = paragraph.lines();
		int from = 0;
		for (int i = 0; i + 1 < lines.size(); i++) {
			if (headsWhatFollows(lines, i)) {
				if (i > from) {
					parts.add(part(paragraph, from, i));
				}
				parts.add(lines.get(i));
				from = i + 1;
			}
		}
		parts.add(from == 0 ? paragraph : part(paragraph, from, lines.size()));
		return parts;
	}

	/** The paragraph's lines from one line (included) to another (excluded). */
	private static Block part(Block paragraph, int from, int to) {
		List<Span> spans = paragraph.spans();
		int start = spans.get(from).offset();
		int end = to < spans.size() ? spans.get(to).offset() : paragraph.text().length();
		List<Span> shifted = spans.subList(from, to)
			.stream()
			.map(span -> new Span(span.offset() - start, span.line()))
			.toList();
		return new Block(Type.PARAGRAPH, paragraph.text().substring(start, end).strip(), null, shifted, false, 0);
	}

	/**
	 * A line of a paragraph heads the lines after it when it asks a short question, or
	 * when it is the first line, short, without closing punctuation, over a longer line
	 * opening a sentence; a wrapped sentence's first line is the longer one.
	 */
	private static boolean headsWhatFollows(List<Block> lines, int i) {
		String line = lines.get(i).text();
		String next = lines.get(i + 1).text();
		if (line.length() <= MAX_QUESTION_HEADING && QUESTION.matcher(line).find() && !line.contains(". ")) {
			return true;
		}
		return i == 0 && line.length() <= MAX_GLUED_HEADING && !LINE_GOES_ON.matcher(line).find()
				&& next.length() > 2 * line.length() && !Character.isLowerCase(next.codePointAt(0))
				&& Character.isLetter(next.codePointAt(0));
	}

}
