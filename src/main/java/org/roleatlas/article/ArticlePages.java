package org.roleatlas.article;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.roleatlas.article.ArticleDetail.SectionView;
import org.roleatlas.corpus.FrontMatterFence;

/**
 * Where an article's page breaks fall: pages begin at a section's heading, and a section
 * that would take a page past {@code maxBytes} of article text opens the next page. A
 * section is never split, so one larger than the limit is a page of its own. Measured on
 * the article's text rather than its HTML, a page holds the same sections in every UI
 * language and the page of a line is found without rendering anything.
 */
final class ArticlePages {

	/**
	 * The lines of one page, {@code from} inclusive, {@code to} exclusive; the last page
	 * runs to the end.
	 */
	record Range(int from, int to) {

		boolean holds(int line) {
			return line >= from && line < to;
		}

	}

	/** The first line of each page, ascending; the first page starts at line 1. */
	private final List<Integer> starts;

	private ArticlePages(List<Integer> starts) {
		this.starts = starts;
	}

	static ArticlePages of(ArticleDetail article, long maxBytes) {
		String[] lines = article.rawText().split("\\R", -1);
		// bytes[i] is the size of lines 1..i, each with its line break.
		long[] bytes = new long[lines.length + 1];
		for (int i = 0; i < lines.length; i++) {
			bytes[i + 1] = bytes[i] + lines[i].getBytes(StandardCharsets.UTF_8).length + 1;
		}
		int bodyStart = FrontMatterFence.bodyStart(List.of(lines));
		TreeSet<Integer> headings = new TreeSet<>();
		for (SectionView section : article.sections()) {
			if (section.line() > bodyStart && section.line() <= lines.length) {
				headings.add(section.line());
			}
		}
		headings.add(lines.length + 1);
		List<Integer> starts = new ArrayList<>(List.of(1));
		int sectionStart = 1;
		for (int next : headings) {
			int pageStart = starts.get(starts.size() - 1);
			if (sectionStart > pageStart && bytes[next - 1] - bytes[pageStart - 1] > maxBytes) {
				starts.add(sectionStart);
			}
			sectionStart = next;
		}
		return new ArticlePages(List.copyOf(starts));
	}

	int count() {
		return starts.size();
	}

	/**
	 * @param page 0-based, below {@link #count()}
	 */
	Range range(int page) {
		return new Range(starts.get(page), page + 1 < starts.size() ? starts.get(page + 1) : Integer.MAX_VALUE);
	}

	/** The 0-based page holding the line; a line past the end is on the last page. */
	int pageOf(int line) {
		int page = 0;
		while (page + 1 < starts.size() && starts.get(page + 1) <= line) {
			page++;
		}
		return page;
	}

}
