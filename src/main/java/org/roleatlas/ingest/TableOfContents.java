package org.roleatlas.ingest;

import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.roleatlas.ingest.Block.Type;
import org.roleatlas.taxonomy.PhraseMatch;

/**
 * Finds an article's tables of contents: a heading such as "목차" (with the lines right
 * under it when they repeat the later headings), a "Contents" line with its entries glued
 * under it, and any list most of whose lines repeat the article's later headings.
 */
final class TableOfContents {

	/** Share of words an entry and a heading must have in common to be one title. */
	private static final double SAME_TITLE = 0.5;

	static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/**
	 * The numbering of a contents entry ("1", "2.3"), which the heading it repeats does
	 * not have.
	 */
	private static final Pattern ENTRY_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+");

	private final List<String> contentsHeadings;

	/**
	 * @param contentsHeadings the headings that name a table of contents ("목차")
	 */
	TableOfContents(List<String> contentsHeadings) {
		this.contentsHeadings = contentsHeadings;
	}

	/** The positions of the blocks that make up tables of contents, in order. */
	BitSet find(List<Block> blocks) {
		List<Set<String>> headingWords = blocks.stream()
			.map(b -> b.type() == Type.HEADING ? words(b.text()) : null)
			.toList();
		BitSet contents = new BitSet();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block.type() == Type.HEADING && isOneOf(block.text(), contentsHeadings)) {
				contents.set(i);
				boolean linesUnder = i + 1 < blocks.size() && blocks.get(i + 1).type() == Type.PARAGRAPH;
				if (linesUnder && repeatsLaterHeadings(lineTexts(blocks.get(i + 1)), headingWords, i + 2)) {
					contents.set(++i);
				}
			}
			else if (block.type() == Type.PARAGRAPH && isLabelledContents(block, headingWords, i + 1)) {
				contents.set(i);
			}
			else if (block.type() == Type.LIST_ITEM && (i == 0 || blocks.get(i - 1).type() != Type.LIST_ITEM)) {
				int end = i;
				while (end < blocks.size() && blocks.get(end).type() == Type.LIST_ITEM) {
					end++;
				}
				List<String> entries = blocks.subList(i, end).stream().map(Block::text).toList();
				if (repeatsLaterHeadings(entries, headingWords, end)) {
					contents.set(i, end);
					i = end - 1;
				}
			}
		}
		return contents;
	}

	/**
	 * Whether most entries, and at least two, repeat a heading at or after position
	 * {@code from}.
	 */
	private static boolean repeatsLaterHeadings(List<String> entries, List<Set<String>> headingWords, int from) {
		List<Set<String>> headings = headingWords.subList(from, headingWords.size());
		// decided as soon as the count is reached or out of reach: most lists are no
		// contents, and each entry is compared with every heading after it
		int needed = Math.max(2, (entries.size() + 1) / 2);
		int repeated = 0;
		for (int i = 0; i < entries.size() && repeated < needed && repeated + entries.size() - i >= needed; i++) {
			Set<String> entry = words(ENTRY_NUMBER.matcher(entries.get(i)).replaceFirst(""));
			if (headings.stream().anyMatch(heading -> heading != null && similarity(entry, heading) >= SAME_TITLE)) {
				repeated++;
			}
		}
		return repeated >= needed;
	}

	/** A scraped "Contents" line with its entries glued under it into one paragraph. */
	private boolean isLabelledContents(Block paragraph, List<Set<String>> headingWords, int from) {
		List<String> lines = lineTexts(paragraph);
		return lines.size() > 2 && isOneOf(lines.get(0), contentsHeadings)
				&& repeatsLaterHeadings(lines.subList(1, lines.size()), headingWords, from);
	}

	private static List<String> lineTexts(Block paragraph) {
		return paragraph.lines().stream().map(Block::text).toList();
	}

	static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		WORD.matcher(PhraseMatch.fold(text)).results().forEach(m -> words.add(m.group()));
		return words;
	}

	private static double similarity(Set<String> a, Set<String> b) {
		int shared = 0;
		for (String word : a) {
			if (b.contains(word)) {
				shared++;
			}
		}
		int union = a.size() + b.size() - shared;
		return union == 0 ? 0 : (double) shared / union;
	}

	/** Whether the heading is one of the phrases, a closing colon or full stop aside. */
	static boolean isOneOf(String heading, List<String> phrases) {
		String folded = PhraseMatch.fold(heading).replaceAll("[:：.]+$", "");
		return phrases.stream().anyMatch(p -> p.equalsIgnoreCase(folded));
	}

}
