package org.roleatlas.corpus;

import java.time.Instant;

/**
 * Which committed ingest a response was built from: a number that grows by one with every
 * ingest that commits, and when it committed. Caches key on it, and every response names
 * it ({@code X-Content-Version}), so readers can tell two contents apart.
 *
 * @param number 0 before the first ingest has committed, then 1, 2, …
 * @param committedAt when that ingest committed
 */
public record ContentVersion(long number, Instant committedAt) {

	/** The version before any ingest has committed. */
	public static final ContentVersion NONE = new ContentVersion(0, Instant.EPOCH);

	/** The version an ingest committing at {@code at} gets after this one. */
	public ContentVersion next(Instant at) {
		return new ContentVersion(number + 1, at);
	}

	public boolean isNewerThan(ContentVersion other) {
		return number > other.number;
	}

}
