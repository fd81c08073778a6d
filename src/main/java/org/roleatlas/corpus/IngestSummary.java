package org.roleatlas.corpus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How the last ingest went, beyond what is stored: timing, files skipped as not articles,
 * and warnings that belong to no single article (a broken taxonomy override, a missing
 * content folder).
 */
public record IngestSummary(Instant startedAt, Duration took, String contentDir, int files, int loaded, int rejected,
		int items, List<String> skipped, List<Notice> warnings) {

	public static IngestSummary none(String contentDir) {
		return new IngestSummary(null, Duration.ZERO, contentDir, 0, 0, 0, 0, List.of(), List.of());
	}

}
