package org.roleatlas.corpus;

import java.time.Instant;

/**
 * Which committed ingest a response was built from: a number that grows with every ingest
 * that commits, and when it committed. Caches key on it, and every response names it
 * ({@code X-Content-Version}), so readers can tell two contents apart. Search documents
 * carry the version they were written in; those from {@code floor} (the last full reload)
 * to {@code number} are alive.
 *
 * @param number 0 before the first ingest has committed, then 1, 2, …
 * @param floor the version of the last full reload, at most {@code number}
 * @param committedAt when that ingest committed
 */
public record ContentVersion(long number, long floor, Instant committedAt) {

	/** The version before any ingest has committed. */
	public static final ContentVersion NONE = new ContentVersion(0, 0, Instant.EPOCH);

	public ContentVersion {
		if (floor > number) {
			throw new IllegalArgumentException("floor " + floor + " above version " + number);
		}
	}

	public boolean isNewerThan(ContentVersion other) {
		return number > other.number;
	}

}
