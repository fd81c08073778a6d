package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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
 * and paragraphs of consecutive lines. A marked line that stands alone among lines of its
 * marker ("2. PM의 주요 업무" over bullets, "■ Cosa farai" over prose) heads what follows it,
 * as a numbered listicle's lines do. Other short standalone lines are left as paragraphs
 * here; the parser decides which of them are headings.
 */
final class TextStructureReader {

	private final Pattern heading;

	private final Pattern listItem;

	/** Text that continues the previous line without a space ("product" + "-related"). */
	private static final Pattern GLUED_START = Pattern.compile("^[,.;:!?)\\]\\-]");

	/**
	 * A marked line this long, or ending as a sentence does, is an item, not a heading.
	 */
	private static final int MAX_MARKED_HEADING = 80;

	private static final Pattern SENTENCE_END = Pattern.compile("[.;,。]$");

	private static final Pattern DIGITS = Pattern.compile("[0-9０-９]+|[①-⑳]");

	private final Predicate<String> namesASection;

	/**
	 * @param namesASection whether a line reads as a section heading (the section
	 * vocabulary knows its kind)
	 */
	public TextStructureReader(TextMarkers markers, Predicate<String> namesASection) {
		this.heading = markers.heading();
		this.listItem = markers.listItem();
		this.namesASection = namesASection;
	}

	public List<Block> read(SourceLines source) {
		List<Block> blocks = new ArrayList<>();
		List<String> markerOf = new ArrayList<>();
		StringBuilder paragraph = null;
		List<Span> spans = null;
		boolean inList = false;
		int previousBlank = 0;
		for (int line = source.firstLine(); line <= source.lastLine(); line++) {
			String raw = source.get(line);
			String text = TextNormalizer.normalize(raw);
			if (text.isEmpty()) {
				paragraph = flush(blocks, paragraph, spans, markerOf);
				previousBlank++;
				continue;
			}
			Matcher headingLine = heading.matcher(raw);
			Matcher item = listItem.matcher(raw);
			boolean indented = TextNormalizer.indentOf(raw) > 0;
			if (headingLine.matches()) {
				paragraph = flush(blocks, paragraph, spans, markerOf);
				blocks.add(Block.of(Type.HEADING, TextNormalizer.normalize(headingLine.group(1)), line));
				markerOf.add(null);
				inList = false;
			}
			else if (item.matches() || (inList && indented)) {
				paragraph = flush(blocks, paragraph, spans, markerOf);
				String itemText = item.matches() ? item.group(1) : raw;
				blocks.add(Block.of(Type.LIST_ITEM, TextNormalizer.normalize(itemText), line));
				// An indented line continuing a list is an item of the list's marker.
				markerOf.add(item.matches() ? markerKind(raw, item.start(1)) : markerOf.get(markerOf.size() - 1));
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
		flush(blocks, paragraph, spans, markerOf);
		return markedHeadings(blocks, markerOf);
	}

	/**
	 * The marker of an item line with its digits generalised: "1." and "12." are alike.
	 */
	private static String markerKind(String raw, int textStart) {
		return DIGITS.matcher(raw.substring(0, textStart).strip()).replaceAll("0");
	}

	/**
	 * A short marked line heads the blocks after it when it opens a list of another
	 * marker ("2. PM의 주요 업무" over bullets, "■ Cosa farai" over dashes), or when it is
	 * numbered and stands apart over prose ("2. LE CHEF DE PROJET"), or stands apart or
	 * carries prose and reads as a section heading ("1. PM이란?" over its paragraph); its
	 * glued lines become the paragraph under it. A line of another marker inside a list
	 * ("*" among "-") is one of its items, unless it is numbered between bullets.
	 */
	private List<Block> markedHeadings(List<Block> blocks, List<String> markerOf) {
		List<Block> read = new ArrayList<>(blocks.size());
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			String marker = markerOf.get(i);
			String nextMarker = i + 1 < markerOf.size() ? markerOf.get(i + 1) : null;
			boolean apart = marker != null && !sameMarker(markerOf, i - 1, marker)
					&& !sameMarker(markerOf, i + 1, marker);
			boolean numbered = marker != null && marker.contains("0");
			boolean insideOtherList = nextMarker != null && sameMarker(markerOf, i - 1, nextMarker)
					&& blocks.get(i - 1).detail() == null && (!numbered || nextMarker.contains("0"));
			boolean continuesOwnList = sameMarker(markerOf, i - 1, marker) && blocks.get(i - 1).detail() == null;
			boolean opensOtherList = marker != null && nextMarker != null && !nextMarker.equals(marker)
					&& !insideOtherList && !continuesOwnList;
			boolean carriesProse = block.detail() != null;
			boolean numberedSection = numbered
					&& ((apart && carriesProse) || ((apart || carriesProse) && namesASection.test(block.text())));
			boolean heads = opensOtherList || numberedSection;
			if (!heads || block.text().length() > MAX_MARKED_HEADING || SENTENCE_END.matcher(block.text()).find()) {
				read.add(block);
				continue;
			}
			read.add(Block.heading(block.text(), block.line(), 0));
			if (block.detail() != null) {
				read.add(Block.of(Type.PARAGRAPH, block.detail(), block.line() + 1));
			}
		}
		return read;
	}

	private static boolean sameMarker(List<String> markerOf, int i, String marker) {
		return marker != null && i >= 0 && i < markerOf.size() && marker.equals(markerOf.get(i));
	}

	private static StringBuilder flush(List<Block> blocks, StringBuilder paragraph, List<Span> spans,
			List<String> markerOf) {
		if (paragraph != null) {
			blocks.add(new Block(Type.PARAGRAPH, paragraph.toString(), null, spans, false, 0));
			markerOf.add(null);
		}
		return null;
	}

}
