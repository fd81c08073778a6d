package org.roleatlas.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletException;

/**
 * Rendered pages of one content version (its number), bounded in bytes. A newer version
 * replaces the whole set in one step, so no page of an older version is served once a
 * newer one has been seen, and a page rendered from an older version is never stored
 * under a newer one. Within the bound the least recently used pages go first. Requests
 * that miss the same page at once wait for one render of it instead of each rendering it.
 */
final class PageCache {

	/** How long a request waits for another's render before it renders itself. */
	private static final Duration WAIT_FOR_RENDER = Duration.ofSeconds(10);

	/**
	 * The share of the bound one page may take: one huge page must not push out all the
	 * others.
	 */
	private static final int MAX_SHARE_OF_ONE_PAGE = 8;

	private final long maxBytes;

	private final AtomicReference<Generation> generation = new AtomicReference<>(new Generation(0));

	private final Map<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

	PageCache(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The page stored under this key for this version, or null. */
	CachedPage get(long version, String key) {
		Generation current = generationOf(version);
		return current == null ? null : current.get(key);
	}

	/**
	 * The page stored under this key for this version, else the one {@code renderer}
	 * makes (and that is stored); null when the renderer answered with a response not to
	 * keep, which it has sent itself. While one request renders a page, the others that
	 * want it wait for that render.
	 */
	CachedPage get(long version, String key, Renderer renderer) throws IOException, ServletException {
		CachedPage page = get(version, key);
		if (page != null) {
			return page;
		}
		String flight = version + "\n" + key;
		CompletableFuture<CachedPage> mine = new CompletableFuture<>();
		CompletableFuture<CachedPage> running = rendering.putIfAbsent(flight, mine);
		if (running != null) {
			page = await(running);
			// Null: the other render was not to keep (an error, a cookie), so render
			// anew.
			return page != null ? page : renderer.render();
		}
		try {
			page = renderer.render();
			if (page != null) {
				put(version, key, page);
			}
			return page;
		}
		finally {
			mine.complete(page);
			rendering.remove(flight, mine);
		}
	}

	private static CachedPage await(CompletableFuture<CachedPage> render) {
		try {
			return render.get(WAIT_FOR_RENDER.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
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

	/** Renders a page to keep, or sends a response not to keep and returns null. */
	@FunctionalInterface
	interface Renderer {

		CachedPage render() throws IOException, ServletException;

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
