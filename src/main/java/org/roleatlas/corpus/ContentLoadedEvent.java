package org.roleatlas.corpus;

import java.time.Instant;

/**
 * Published after an ingest has committed, so that search can re-index and caches can
 * refresh.
 *
 * @param loadedAt when the ingest committed
 * @param articles how many articles it stored
 * @param version the content version it committed
 */
public record ContentLoadedEvent(Instant loadedAt, int articles, ContentVersion version) {
}
