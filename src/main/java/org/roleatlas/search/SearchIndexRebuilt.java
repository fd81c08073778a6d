package org.roleatlas.search;

import java.time.Duration;

/**
 * Published when the search index holds an ingest's content: from then on search answers
 * for it (readiness waits for the first one).
 */
public record SearchIndexRebuilt(int articles, Duration took) {
}
