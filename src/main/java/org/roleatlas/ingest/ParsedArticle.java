package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;

import org.roleatlas.corpus.ArticleFormat;
import org.roleatlas.corpus.DroppedLine;
import org.roleatlas.corpus.Notice;
import org.roleatlas.taxonomy.SectionKind;

/**
 * An article as the parser read it, before anything is extracted: its title, language,
 * format, front-matter facts, the sections its kept blocks fall into, and every line it
 * dropped as chrome.
 *
 * @param preamble blocks before the first heading
 */
record ParsedArticle(String file, String title, boolean titleFromText, String lang, ArticleFormat format,
		FrontMatter frontMatter, List<Block> preamble, List<Section> sections, List<DroppedLine> dropped,
		List<Notice> warnings) {

	/**
	 * A heading and the blocks under it.
	 *
	 * @param level the heading's Markdown level, 0 when its source has none
	 */
	public record Section(String heading, SectionKind kind, int line, int level, List<Block> blocks) {
	}

	/** Every kept block, in order. */
	public List<Block> blocks() {
		var all = new ArrayList<>(preamble);
		sections.forEach(s -> all.addAll(s.blocks()));
		return all;
	}

}
