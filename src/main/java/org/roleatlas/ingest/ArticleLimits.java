package org.roleatlas.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.corpus.MarkdownNesting;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.ingest.Block.Type;
import org.roleatlas.web.AtlasProperties.Limits;

/**
 * Checks an article against the configured {@link Limits} before the work that grows with
 * each of them: nesting before flexmark and the structure reader recurse over it, line
 * length before the chrome patterns run over a line, references before they can expand
 * into more text than the file holds, items and sections before extraction and the pages
 * multiply them. A file over a limit is rejected with the limit it broke.
 */
final class ArticleLimits {

	private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[([^\\]]{1,999})\\]:");

	private static final Pattern BRACKETED = Pattern.compile("\\[([^\\[\\]\\n]{1,999})\\]");

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^ {0,3}#{1,6}(?:\\s|$)");

	private final Limits limits;

	private final Pattern markers;

	/**
	 * @param markers the heading and list markers of plain text, which open the lines
	 * counted as items before any reader runs
	 */
	ArticleLimits(Limits limits, Pattern markers) {
		this.limits = limits;
		this.markers = markers;
	}

	Limits limits() {
		return limits;
	}

	/**
	 * Line length, and items and headings counted by the markers that open lines, before
	 * any rule or reader spends time on every one of them.
	 */
	void checkLines(List<String> lines) {
		int headings = 0;
		int marked = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.length() > limits.lineLength()) {
				throw new ArticleRejectedException(
						NoticeCode.LINE_TOO_LONG.with(i + 1, line.length(), limits.lineLength()));
			}
			if (MARKDOWN_HEADING.matcher(line).find()) {
				headings++;
			}
			else if (markers.matcher(line).find()) {
				marked++;
			}
		}
		checkCounts(marked, headings);
	}

	/**
	 * Markdown only: plain text is read line by line and never nests, whatever its
	 * indentation.
	 */
	void checkMarkdown(SourceLines body) {
		Set<String> labels = new HashSet<>();
		int references = 0;
		for (int line = body.firstLine(); line <= body.lastLine(); line++) {
			String text = body.get(line);
			int depth = MarkdownNesting.of(text);
			if (depth > limits.depth()) {
				throw new ArticleRejectedException(NoticeCode.NESTING_TOO_DEEP.with(line, depth, limits.depth()));
			}
			Matcher definition = REFERENCE_DEFINITION.matcher(text);
			if (definition.find()) {
				labels.add(label(definition.group(1)));
				references++;
			}
		}
		if (labels.isEmpty()) {
			return;
		}
		Matcher bracketed = BRACKETED.matcher(body.body());
		while (bracketed.find()) {
			if (labels.contains(label(bracketed.group(1))) && ++references > limits.references()) {
				break;
			}
		}
		if (references > limits.references()) {
			throw new ArticleRejectedException(NoticeCode.TOO_MANY_REFERENCES.with(references, limits.references()));
		}
	}

	/**
	 * Items and headings as the reader found them (a lazy list marks only its first
	 * line).
	 */
	void checkBlocks(List<Block> blocks) {
		checkCounts(blocks.stream().filter(b -> b.type() == Type.LIST_ITEM).count(),
				blocks.stream().filter(b -> b.type() == Type.HEADING).count());
	}

	private void checkCounts(long items, long headings) {
		if (items > limits.items()) {
			throw new ArticleRejectedException(NoticeCode.TOO_MANY_ITEMS.with(items, limits.items()));
		}
		if (headings > limits.sections()) {
			throw new ArticleRejectedException(NoticeCode.TOO_MANY_SECTIONS.with(headings, limits.sections()));
		}
	}

	/** Reference labels match without regard to case or runs of white space. */
	private static String label(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
