package org.roleatlas.corpus;

import java.time.Instant;

/**
 * Published once an ingest has committed and its version is served (readers already see
 * it), so that search can drop the replaced documents and metrics can count it.
 *
 * @param loadedAt when the ingest committed
 * @param articles how many articles it stored
 * @param version the content version it committed
 */
public record ContentLoadedEvent(Instant loadedAt, int articles, ContentVersion version) {
}
