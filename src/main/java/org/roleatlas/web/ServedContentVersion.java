package org.roleatlas.web;

/**
 * The number of the content version being served: it grows with every ingest that
 * commits. The application provides it, as the web layer knows nothing of the corpus.
 */
public interface ServedContentVersion {

	long current();

	/**
	 * Holds the served version until closed, on the thread that opened it: no new version
	 * is swapped in meanwhile.
	 */
	Pin pin();

	/** A version held for one request. */
	interface Pin extends AutoCloseable {

		long number();

		@Override
		void close();

	}

}
