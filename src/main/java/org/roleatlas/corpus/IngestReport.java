package org.roleatlas.corpus;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Nullable;

/**
 * The ingest report: every file, what was found in it, and every file that was rejected
 * or skipped, and why.
 *
 * @param warnings the notices worded in English, for API clients; pages word
 * {@code notices} in their own language
 * @param failedReload the last reload, when it failed: the report above is the content
 * still served, from the last ingest that succeeded; null when the last attempt succeeded
 */
public record IngestReport(@Nullable Instant ingestedAt, long tookMillis, @Nullable String contentDir, int files,
		List<ArticleSummary> articles, List<Rejected> rejected, List<String> skipped, List<String> warnings,
		List<Notice> notices, Totals totals, @Nullable FailedReload failedReload) {

	/**
	 * A reload that changed nothing: when it started and why it failed.
	 *
	 * @param reasons the notices worded in English, for API clients
	 */
	public record FailedReload(Instant startedAt, List<String> reasons, List<Notice> notices) {
	}

	/** Counts for one loaded article. */
	public record ArticleSummary(String file, String title, String lang, String format, List<String> roles,
			List<String> mentioned, int sections, int responsibilities, int skills, int metrics, int droppedLines,
			List<String> warnings, List<Notice> notices) {
	}

	public record Rejected(String file, String reason, Notice notice) {
	}

	public record Totals(int articles, int rejected, int items, int droppedLines, List<String> languages,
			List<String> roles) {
	}

}
