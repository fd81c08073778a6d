package org.roleatlas.corpus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How the last ingest went, beyond what is stored: timing, files skipped as not articles,
 * and warnings that belong to no single article (a broken taxonomy override, a missing
 * content folder).
 *
 * @param files article files in the folder
 * @param loaded articles stored
 * @param rejected files stored as rejected, with their reasons
 * @param items items stored
 * @param unchanged files whose stored article (or rejection) was kept, unread, as their
 * bytes and the fingerprint they were read with are unchanged
 */
public record IngestSummary(Instant startedAt, Duration took, String contentDir, int files, int loaded, int rejected,
		int items, int unchanged, List<String> skipped, List<Notice> warnings) {

	public static IngestSummary none(String contentDir) {
		return new IngestSummary(null, Duration.ZERO, contentDir, 0, 0, 0, 0, 0, List.of(), List.of());
	}

}
