package org.roleatlas.corpus;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.roleatlas.corpus.IngestReport.ArticleSummary;
import org.roleatlas.corpus.IngestReport.FailedReload;
import org.roleatlas.corpus.IngestReport.Rejected;
import org.roleatlas.corpus.IngestReport.Totals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ingest report read back: what the last ingest stored, with the summary it kept of
 * what is not stored (timing, skipped files, warnings of no single article). The ingest
 * records its summary here, so the pages and the API read the report without depending on
 * the ingest.
 */
@Service
public class IngestReports {

	private final ArticleRepository articles;

	private final RejectedFileRepository rejectedFiles;

	private final MessageSource messages;

	private volatile IngestSummary last = IngestSummary.none(null);

	/** The last attempt, when it failed; a successful ingest clears it. */
	private volatile Failure failure;

	/** Why an ingest stored nothing, kept until the next one succeeds. */
	public record Failure(Instant startedAt, List<Notice> reasons) {
	}

	IngestReports(ArticleRepository articles, RejectedFileRepository rejectedFiles, MessageSource messages) {
		this.articles = articles;
		this.rejectedFiles = rejectedFiles;
		this.messages = messages;
	}

	/** Records the ingest now served (and forgets an earlier failure). */
	public void record(IngestSummary summary) {
		this.last = summary;
		this.failure = null;
	}

	/** Records an ingest that failed; the last good summary stays. */
	public void recordFailure(Failure failure) {
		this.failure = failure;
	}

	public IngestSummary lastSummary() {
		return last;
	}

	@Transactional(readOnly = true)
	public IngestReport report() {
		Map<Long, Map<ItemKind, Integer>> counts = new HashMap<>();
		for (Object[] row : articles.countItemsByArticleAndKind()) {
			counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(ItemKind.class))
				.put((ItemKind) row[1], ((Number) row[2]).intValue());
		}
		List<ArticleSummary> summaries = articles.findAllWithRoles().stream().map(article -> {
			Map<ItemKind, Integer> byKind = counts.getOrDefault(article.getId(), Map.of());
			return new ArticleSummary(article.getFile(), article.getTitle(), article.getLang(), article.getFormat(),
					Role.slugs(article.getSubjectRoles()), Role.slugs(article.getMentionedRoles()),
					article.getSections().size(), byKind.getOrDefault(ItemKind.RESPONSIBILITY, 0),
					byKind.getOrDefault(ItemKind.SKILL, 0), byKind.getOrDefault(ItemKind.METRIC, 0),
					article.getDroppedLines().size(), english(article.getWarnings()), article.getWarnings());
		}).toList();
		List<Rejected> rejected = rejectedFiles.findAllByOrderByFile()
			.stream()
			.map(r -> new Rejected(r.getFile(), r.getReason().wordedIn(messages, Locale.ENGLISH), r.getReason()))
			.toList();
		IngestSummary summary = last;
		Failure failed = failure;
		Totals totals = new Totals(summaries.size(), rejected.size(),
				summaries.stream().mapToInt(s -> s.responsibilities() + s.skills() + s.metrics()).sum(),
				summaries.stream().mapToInt(ArticleSummary::droppedLines).sum(),
				List.copyOf(new TreeSet<>(summaries.stream().map(ArticleSummary::lang).toList())),
				List.copyOf(new TreeSet<>(summaries.stream().flatMap(s -> s.roles().stream()).toList())));
		return new IngestReport(summary.startedAt(), summary.took().toMillis(), summary.contentDir(), summary.files(),
				summaries, rejected, summary.skipped(), english(summary.warnings()), summary.warnings(), totals,
				failed == null ? null
						: new FailedReload(failed.startedAt(), english(failed.reasons()), failed.reasons()));
	}

	private List<String> english(List<Notice> notices) {
		return Notice.wordedIn(notices, messages, Locale.ENGLISH);
	}

}
