package org.roleatlas.web;

import org.springframework.core.Ordered;

/**
 * The order of the servlet filters that answer or wrap every response. The security
 * headers come first, so every filter after them that answers on its own (the loading
 * gate, the page cache) sends them too; the page cache runs inside the pin of the content
 * version, so a page is stored and sent under the version it was rendered from.
 */
public final class FilterOrder {

	public static final int SECURITY_HEADERS = Ordered.HIGHEST_PRECEDENCE + 10;

	/** Answers 503 while the first ingest of a large folder runs. */
	public static final int LOADING_GATE = SECURITY_HEADERS + 1;

	/**
	 * Holds the content version for the rest of the request (see
	 * ContentVersionPinFilter).
	 */
	public static final int CONTENT_PIN = LOADING_GATE + 1;

	public static final int PAGE_CACHE = CONTENT_PIN + 1;

	private FilterOrder() {
	}

}
