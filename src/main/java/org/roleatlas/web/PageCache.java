package org.roleatlas.web;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rendered pages of one content version (its number), bounded in bytes. A newer version
 * replaces the whole set in one step, so no page of an older version is served once a
 * newer one has been seen, and a page rendered from an older version is never stored
 * under a newer one. Within the bound the least recently used pages go first.
 */
final class PageCache {

	/**
	 * The share of the bound one page may take: one huge page must not push out all the
	 * others.
	 */
	private static final int MAX_SHARE_OF_ONE_PAGE = 8;

	private final long maxBytes;

	private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation(0));

	PageCache(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The page stored under this key for this version, or null. */
	CachedPage get(long version, String key) {
		Generation current = generationOf(version);
		return current == null ? null : current.get(key);
	}

	/**
	 * Stores a page rendered from this version; pages of an outdated version are dropped.
	 */
	void put(long version, String key, CachedPage page) {
		if (page.size() > maxBytes / MAX_SHARE_OF_ONE_PAGE) {
			return;
		}
		Generation current = generationOf(version);
		if (current != null) {
			current.put(key, page, maxBytes);
		}
	}

	int pages() {
		return generation.get().pages();
	}

	long bytes() {
		return generation.get().bytes();
	}

	/**
	 * The generation of this version, started (and the older one dropped) if the version
	 * is newer than the current one; null for an older version.
	 */
	private Generation generationOf(long version) {
		while (true) {
			Generation current = generation.get();
			if (current.version == version) {
				return current;
			}
			if (current.version > version) {
				return null;
			}
			Generation fresh = new Generation(version);
			if (generation.compareAndSet(current, fresh)) {
				return fresh;
			}
		}
	}

	/** The pages of one version, in access order for the least-recently-used eviction. */
	private static final class Generation {

		private final long version;

		private final LinkedHashMap<String, CachedPage> pages = new LinkedHashMap<>(64, 0.75f, true);

		private long bytes;

		Generation(long version) {
			this.version = version;
		}

		synchronized CachedPage get(String key) {
			return pages.get(key);
		}

		synchronized void put(String key, CachedPage page, long maxBytes) {
			CachedPage previous = pages.put(key, page);
			bytes += page.size() + 2L * key.length() - (previous == null ? 0 : previous.size() + 2L * key.length());
			Iterator<Map.Entry<String, CachedPage>> eldest = pages.entrySet().iterator();
			while (bytes > maxBytes && eldest.hasNext()) {
				Map.Entry<String, CachedPage> entry = eldest.next();
				bytes -= entry.getValue().size() + 2L * entry.getKey().length();
				eldest.remove();
			}
		}

		synchronized int pages() {
			return pages.size();
		}

		synchronized long bytes() {
			return bytes;
		}

	}

}
