package org.roleatlas.corpus;

import java.time.Instant;

/**
 * Published after an ingest has committed, so that search can re-index and caches can
 * refresh.
 */
public record ContentLoadedEvent(Instant loadedAt, int articles) {
}
