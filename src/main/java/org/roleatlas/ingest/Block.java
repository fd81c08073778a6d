package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A structural unit of an article body: a heading, a list item or a paragraph, with the
 * 1-based source line of each piece of its text so that anything extracted from it can
 * cite its line.
 *
 * @param detail for a list item, the text that follows it before the next item (its
 * description)
 * @param implicit for a heading, that it was recognised as a short line followed by
 * prose, not by a marker
 * @param level for a Markdown heading its level (1 for {@code #}); 0 when the source does
 * not say
 */
record Block(Type type, String text, String detail, List<Span> spans, boolean implicit, int level) {

	public enum Type {

		HEADING, LIST_ITEM, PARAGRAPH

	}

	/** Where a piece of {@link #text} starts and which source line it came from. */
	public record Span(int offset, int line) {
	}

	public Block {
		spans = List.copyOf(spans);
		if (spans.isEmpty()) {
			throw new IllegalArgumentException("A block needs the line it came from");
		}
	}

	public static Block of(Type type, String text, int line) {
		return new Block(type, text, null, List.of(new Span(0, line)), false, 0);
	}

	public static Block heading(String text, int line, int level) {
		return new Block(Type.HEADING, text, null, List.of(new Span(0, line)), false, level);
	}

	public int line() {
		return spans.get(0).line();
	}

	/** Source line of the character at {@code offset} of {@link #text}. */
	public int lineAt(int offset) {
		int line = spans.get(0).line();
		for (Span span : spans) {
			if (span.offset() > offset) {
				break;
			}
			line = span.line();
		}
		return line;
	}

	/** A paragraph line by line, each line a paragraph of its own source line. */
	public List<Block> lines() {
		List<Block> lines = new ArrayList<>(spans.size());
		for (int i = 0; i < spans.size(); i++) {
			int end = i + 1 < spans.size() ? spans.get(i + 1).offset() : text.length();
			lines.add(Block.of(type, text.substring(spans.get(i).offset(), end).strip(), spans.get(i).line()));
		}
		return lines;
	}

	public Block withType(Type newType, boolean isImplicit) {
		return new Block(newType, text, detail, spans, isImplicit, level);
	}

	public Block withDetail(String newDetail) {
		return new Block(type, text, newDetail, spans, implicit, level);
	}

}
