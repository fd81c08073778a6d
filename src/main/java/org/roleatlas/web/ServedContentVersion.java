package org.roleatlas.web;

/**
 * The number of the content version being served: it grows with every ingest that
 * commits. The application provides it, as the web layer knows nothing of the corpus.
 */
@FunctionalInterface
public interface ServedContentVersion {

	long current();

}
