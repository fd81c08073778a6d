package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.ingest.Block.Span;
import org.roleatlas.ingest.Block.Type;
import org.roleatlas.taxonomy.Taxonomy.TextMarkers;
import org.roleatlas.taxonomy.TextNormalizer;

/**
 * Reads the structure of a scraped plain-text page with the markers of structure.yaml:
 * headings marked with {@code #} or {@code │}, list items marked with bullets, dashes or
 * numbers (and the indented lines that continue a list whose first item alone is marked),
 * and paragraphs of consecutive lines. Short standalone lines are left as paragraphs
 * here; the parser decides which of them are headings.
 */
final class TextStructureReader {

	private final Pattern heading;

	private final Pattern listItem;

	/** Text that continues the previous line without a space ("product" + "-related"). */
	private static final Pattern GLUED_START = Pattern.compile("^[,.;:!?)\\]\\-]");

	public TextStructureReader(TextMarkers markers) {
		this.heading = markers.heading();
		this.listItem = markers.listItem();
	}

	public List<Block> read(SourceLines source) {
		List<Block> blocks = new ArrayList<>();
		StringBuilder paragraph = null;
		List<Span> spans = null;
		boolean inList = false;
		int previousBlank = 0;
		for (int line = source.firstLine(); line <= source.lastLine(); line++) {
			String raw = source.get(line);
			String text = TextNormalizer.normalize(raw);
			if (text.isEmpty()) {
				paragraph = flush(blocks, paragraph, spans);
				previousBlank++;
				continue;
			}
			Matcher headingLine = heading.matcher(raw);
			Matcher item = listItem.matcher(raw);
			boolean indented = TextNormalizer.indentOf(raw) > 0;
			if (headingLine.matches()) {
				paragraph = flush(blocks, paragraph, spans);
				blocks.add(Block.of(Type.HEADING, TextNormalizer.normalize(headingLine.group(1)), line));
				inList = false;
			}
			else if (item.matches() || (inList && indented)) {
				paragraph = flush(blocks, paragraph, spans);
				String itemText = item.matches() ? item.group(1) : raw;
				blocks.add(Block.of(Type.LIST_ITEM, TextNormalizer.normalize(itemText), line));
				inList = true;
			}
			else if (inList && previousBlank == 0 && !blocks.isEmpty()) {
				// A line glued to a list item is that item's description.
				Block last = blocks.remove(blocks.size() - 1);
				String detail = last.detail() == null ? text : last.detail() + " " + text;
				blocks.add(last.withDetail(detail));
			}
			else {
				inList = false;
				if (paragraph == null) {
					paragraph = new StringBuilder();
					spans = new ArrayList<>();
				}
				else if (!GLUED_START.matcher(text).find()) {
					paragraph.append(' ');
				}
				spans.add(new Span(paragraph.length(), line));
				paragraph.append(text);
			}
			previousBlank = 0;
		}
		flush(blocks, paragraph, spans);
		return blocks;
	}

	private static StringBuilder flush(List<Block> blocks, StringBuilder paragraph, List<Span> spans) {
		if (paragraph != null) {
			blocks.add(new Block(Type.PARAGRAPH, paragraph.toString(), null, spans, false));
		}
		return null;
	}

}
