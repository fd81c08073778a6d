package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
	private static final Pattern GLUED_START = Pattern.compile("^[,.;:!?)\\]\\-，；：！？）]");

	/**
	 * A marked line this long, or ending as a sentence does, is an item, not a heading.
	 */
	private static final int MAX_MARKED_HEADING = 80;

	private static final Pattern SENTENCE_END = Pattern.compile("[.;,。；，]$");

	private static final Pattern QUESTION = GluedHeadings.QUESTION;

	/**
	 * Digits, Chinese numerals and item letters: "1." and "12." are alike, "（一）" and
	 * "（二）", "(a)" and "(b)" too.
	 */
	private static final Pattern DIGITS = Pattern
		.compile("[0-9０-９]+|[①-⑳]|(?<=^[(（])[一二三四五六七八九十]+(?=[)）])|(?<=^[(（]?)[a-z](?=[)）])");

	/** A line ending so announces what follows it. */
	private static final Pattern INTRODUCES = Pattern.compile("[:：]$");

	/** The marker of indented lines under a line ending in a colon: they are one list. */
	private static final String INDENTED = "indented";

	/** Bullets a scraped page sets its section headings with: "■ Cosa farai". */
	private static final Pattern HEADING_BULLETS = Pattern.compile("[■□◆◇●○▶►▸▹➤➢]");

	/** The marker of a table's rows: they are one list. */
	private static final String TABLE_ROW = "table";

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
		// whether the paragraph's last line announces what follows ("…
		// arbetsuppgifterna:")
		boolean introduced = false;
		int itemIndent = 0;
		int previousBlank = 0;
		Map<Integer, String> numbers = new HashMap<>();
		Set<Integer> afterBlank = new HashSet<>();
		for (int line = source.firstLine(); line <= source.lastLine(); line++) {
			String raw = source.get(line);
			String text = TextNormalizer.normalize(raw);
			if (text.isEmpty()) {
				paragraph = flush(blocks, paragraph, spans, markerOf);
				previousBlank++;
				continue;
			}
			if (previousBlank > 0) {
				afterBlank.add(line);
			}
			int tableEnd = tableEnd(source, line);
			if (tableEnd > line) {
				paragraph = flush(blocks, paragraph, spans, markerOf);
				for (Block row : TableRows.blocks(source.lines(line, tableEnd), line)) {
					blocks.add(row);
					markerOf.add(row.type() == Type.LIST_ITEM ? TABLE_ROW : null);
				}
				inList = false;
				previousBlank = 0;
				line = tableEnd;
				continue;
			}
			Matcher headingLine = heading.matcher(raw);
			Matcher item = listItem.matcher(raw);
			int indent = TextNormalizer.indentOf(raw);
			boolean indented = indent > 0;
			if (headingLine.matches()) {
				paragraph = flush(blocks, paragraph, spans, markerOf);
				blocks.add(Block.of(Type.HEADING, TextNormalizer.normalize(headingLine.group(1)), line));
				markerOf.add(null);
				inList = false;
			}
			else if (item.matches() || (indented && (inList || introduced))) {
				// indented lines under a line ending in a colon are a list whose markers
				// the
				// scrape lost
				paragraph = flush(blocks, paragraph, spans, markerOf);
				itemIndent = item.matches() || !inList ? indent : itemIndent;
				String itemText = item.matches() ? item.group(1) : raw;
				blocks.add(Block.of(Type.LIST_ITEM, TextNormalizer.normalize(itemText), line));
				// An indented line continuing a list is an item of the list's marker.
				markerOf.add(item.matches() ? markerKind(raw, item.start(1))
						: inList ? markerOf.get(markerOf.size() - 1) : INDENTED);
				if (item.matches() && markerOf.get(markerOf.size() - 1).contains("0")) {
					numbers.put(line, raw.substring(0, item.start(1)).strip());
				}
				inList = true;
			}
			else if (inList && previousBlank == 0 && !blocks.isEmpty() && indent >= itemIndent
					&& !QUESTION.matcher(text).find()) {
				// A line glued to a list item is that item's description, unless it
				// stands
				// left of the item's marker: that line ends the list ("Organization" once
				// its
				// "[edit]" is gone, over the next list).
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
			introduced = paragraph != null && INTRODUCES.matcher(text).find();
			previousBlank = 0;
		}
		flush(blocks, paragraph, spans, markerOf);
		return markedHeadings(blocks, markerOf, numbers, afterBlank);
	}

	/** The last line of a table starting at this line, or -1 when none starts here. */
	private static int tableEnd(SourceLines source, int line) {
		if (!TableRows.isRow(source.get(line))) {
			return -1;
		}
		int end = line;
		while (end < source.lastLine() && TableRows.isRow(source.get(end + 1))) {
			end++;
		}
		return TableRows.isTable(source.lines(line, end)) ? end : -1;
	}

	/**
	 * The marker of an item line with its digits generalised: "1." and "12." are alike.
	 */
	private static String markerKind(String raw, int textStart) {
		return DIGITS.matcher(raw.substring(0, textStart).strip()).replaceAll("0");
	}

	/**
	 * A short marked line heads the blocks after it when it opens a list of another
	 * marker ("2. PM의 주요 업무" over bullets, "■ Cosa farai" over dashes), when it stands
	 * apart with prose glued to it ("2. LE CHEF DE PROJET"; numbered, also when its run
	 * is set off by blank lines), or when it reads as a section heading or asks a
	 * question and stands apart, or is numbered and carries prose ("1. PM이란?" over its
	 * paragraph); its glued lines become the paragraph under it. A line of another marker
	 * inside a list ("*" among "-") is one of its items, unless it is numbered between
	 * bullets.
	 */
	private List<Block> markedHeadings(List<Block> blocks, List<String> markerOf, Map<Integer, String> numbers,
			Set<Integer> afterBlank) {
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
			// a listicle sets its numbered lines and their prose off by blank lines
			boolean setOff = afterBlank.contains(block.line())
					&& (i + 1 == blocks.size() || afterBlank.contains(blocks.get(i + 1).line()));
			boolean spaced = numbered && setOff;
			boolean headingBullet = marker != null && HEADING_BULLETS.matcher(marker).matches();
			boolean apartOverProse = (apart || spaced) && !insideOtherList && carriesProse;
			// a box-bulleted section heading set off by blank lines over its prose ("■
			// プロダクトオーナーとは" over its paragraph, then "■ プロダクトマネージャーとは"); a
			// dash so set off is a loose list's item
			boolean placedAsSection = (apart && !insideOtherList)
					|| ((numbered || (headingBullet && setOff)) && carriesProse);
			// the vocabulary last: it costs the most to ask
			boolean heads = opensOtherList || apartOverProse
					|| (placedAsSection && (QUESTION.matcher(block.text()).find() || namesASection.test(block.text())));
			if (!heads || block.text().length() > MAX_MARKED_HEADING || SENTENCE_END.matcher(block.text()).find()) {
				read.add(block);
				continue;
			}
			// a numbered heading keeps its number: it belongs to a numbered run
			String number = numbers.get(block.line());
			read.add(Block.heading(number == null ? block.text() : number + " " + block.text(), block.line(), 0));
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
			for (Block part : GluedHeadings
				.split(new Block(Type.PARAGRAPH, paragraph.toString(), null, spans, false, 0))) {
				blocks.add(part);
				markerOf.add(null);
			}
		}
		return null;
	}

}
