package org.roleatlas.article;

import java.util.List;

import org.roleatlas.corpus.Notice;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.annotation.Nullable;

/**
 * One article as the loader read it: its items with provenance, every line it dropped,
 * with the rule, and every candidate item it weighed, with the cue that decided it.
 *
 * @param warnings the notices worded in English, for API clients; pages word
 * {@code notices} in their own language
 */
public record ArticleDetail(String file, String title, String lang, String format, @Nullable String source,
		List<String> tags, List<String> roles, List<String> mentioned, List<SectionView> sections, List<ItemView> items,
		List<DroppedView> dropped, List<CandidateView> candidates, List<String> warnings, List<Notice> notices,
		String rawText) {

	public record SectionView(String heading, String kind, int line) {
	}

	/**
	 * An item of the article; named apart from the role pages' items, which cite their
	 * file.
	 */
	@Schema(name = "ArticleItem")
	public record ItemView(String kind, String text, @Nullable String description, String lang, List<String> concepts,
			List<String> roles, String section, int line, List<OccurrenceView> occurrences) {
	}

	public record OccurrenceView(int line, String section) {
	}

	public record DroppedView(int line, String text, String rule) {
	}

	/**
	 * A candidate item and what became of it.
	 *
	 * @param kind the item kind it was kept as, or null when it was dropped
	 * @param cue what decided it ("heading 'Responsibilities'", "shape: link")
	 */
	public record CandidateView(int line, String text, @Nullable String kind, String cue) {
	}

}
