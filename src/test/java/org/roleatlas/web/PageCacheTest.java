package org.roleatlas.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCacheTest {

	private static final long FIRST = 1;

	private static final long SECOND = 2;

	@Test
	void servesAPageOnlyForTheVersionItWasRenderedFrom() {
		PageCache cache = new PageCache(1 << 20);
		cache.put(FIRST, "en /roles/cpo", page("<p>cpo</p>"));

		assertThat(cache.get(FIRST, "en /roles/cpo").body()).asString(StandardCharsets.UTF_8).isEqualTo("<p>cpo</p>");
		assertThat(cache.get(FIRST, "ko /roles/cpo")).isNull();
		assertThat(cache.get(SECOND, "en /roles/cpo")).isNull();
	}

	@Test
	void aNewerVersionDropsEveryPageAtOnceAndAnOlderOneIsNeitherServedNorStored() {
		PageCache cache = new PageCache(1 << 20);
		cache.put(FIRST, "a", page("a"));
		cache.put(FIRST, "b", page("b"));

		assertThat(cache.get(SECOND, "a")).isNull();
		assertThat(cache.pages()).isZero();
		assertThat(cache.bytes()).isZero();

		// A render that began before the reload finishes after it.
		cache.put(FIRST, "a", page("stale"));
		assertThat(cache.get(SECOND, "a")).isNull();
		assertThat(cache.get(FIRST, "a")).isNull();
		assertThat(cache.pages()).isZero();
	}

	@Test
	void staysWithinItsBoundByDroppingTheLeastRecentlyUsedPages() {
		String body = "x".repeat(1000);
		long oneEntry = page(body).size() + 2 * "p0".length();
		PageCache cache = new PageCache(oneEntry * 8 + 10);
		for (int i = 0; i < 8; i++) {
			cache.put(FIRST, "p" + i, page(body));
		}
		assertThat(cache.pages()).isEqualTo(8);
		cache.get(FIRST, "p0");

		cache.put(FIRST, "p8", page(body));

		assertThat(cache.bytes()).isLessThanOrEqualTo(oneEntry * 8 + 10);
		assertThat(cache.get(FIRST, "p0")).as("recently read").isNotNull();
		assertThat(cache.get(FIRST, "p1")).as("least recently used").isNull();
		assertThat(cache.get(FIRST, "p8")).isNotNull();
	}

	@Test
	void aPageTooLargeForItsShareIsNotKept() {
		PageCache cache = new PageCache(8_000);
		cache.put(FIRST, "small", page("s"));
		cache.put(FIRST, "large", page("y".repeat(2_000)));

		assertThat(cache.get(FIRST, "large")).isNull();
		assertThat(cache.get(FIRST, "small")).isNotNull();
	}

	@Test
	void gzipsTextWorthCompressingAndTagsEachEncodingApart() throws IOException {
		String html = "<li>product roadmap</li>".repeat(100);
		CachedPage page = page(html);

		try (var in = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(html);
		}
		assertThat(page.etag(false)).matches("\"[A-Za-z0-9_-]{27}\"");
		assertThat(page.etag(true)).isEqualTo(page.etag(false).replace("\"", "").transform(t -> '"' + t + "-gz\""));
		assertThat(page("<p>short</p>").gzipped()).as("too small to gain").isNull();
		assertThat(CachedPage.of("image/png", null, List.of(), new byte[4096]).gzipped()).isNull();
	}

	@Test
	void theSameBytesHaveTheSameTagAndOtherBytesAnother() {
		assertThat(page("a").etag()).isEqualTo(page("a").etag()).isNotEqualTo(page("b").etag());
	}

	@Test
	void ifNoneMatchNamesATagAmongSeveralWeakOrStrong() {
		String etag = "\"abc\"";
		assertThat(CachedPage.matches(etag, etag)).isTrue();
		assertThat(CachedPage.matches("\"x\", W/\"abc\"", etag)).isTrue();
		assertThat(CachedPage.matches("*", etag)).isTrue();
		assertThat(CachedPage.matches("\"abcd\"", etag)).isFalse();
		assertThat(CachedPage.matches(null, etag)).isFalse();
	}

	@Test
	void requestsMissingTheSamePageAtOnceWaitForOneRender() throws Exception {
		PageCache cache = new PageCache(1 << 20);
		AtomicInteger renders = new AtomicInteger();
		CountDownLatch rendering = new CountDownLatch(1);
		CompletableFuture<Void> release = new CompletableFuture<>();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			Future<CachedPage> first = pool.submit(() -> cache.get(FIRST, "k", () -> {
				renders.incrementAndGet();
				rendering.countDown();
				release.join();
				return page("rendered once");
			}));
			rendering.await();
			List<Future<CachedPage>> others = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				others.add(pool.submit(() -> cache.get(FIRST, "k", () -> {
					renders.incrementAndGet();
					return page("rendered again");
				})));
			}
			Thread.sleep(100);
			release.complete(null);

			assertThat(first.get().body()).asString(StandardCharsets.UTF_8).isEqualTo("rendered once");
			for (Future<CachedPage> other : others) {
				assertThat(other.get().body()).asString(StandardCharsets.UTF_8).isEqualTo("rendered once");
			}
			assertThat(renders).hasValue(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRenderNotToKeepIsNeitherStoredNorHandedToTheNextRequest() throws Exception {
		PageCache cache = new PageCache(1 << 20);
		assertThat(cache.get(FIRST, "k", () -> null)).isNull();
		assertThat(cache.get(FIRST, "k", () -> page("second")).body()).asString(StandardCharsets.UTF_8)
			.isEqualTo("second");
		assertThat(cache.get(FIRST, "k")).isNotNull();
	}

	private static CachedPage page(String html) {
		return CachedPage.of("text/html;charset=UTF-8", Locale.ENGLISH, List.of(),
				html.getBytes(StandardCharsets.UTF_8));
	}

}
