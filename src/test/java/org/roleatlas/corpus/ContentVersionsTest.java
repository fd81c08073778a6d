package org.roleatlas.corpus;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A swap waits for the readers that pinned the served version, and readers that come
 * during a swap wait for it: a reader sees one version from start to end.
 */
class ContentVersionsTest {

	private static final ContentVersion FIRST = new ContentVersion(1, 1, Instant.parse("2026-12-02T00:00:00Z"));

	private final ContentVersions versions = new ContentVersions();

	@Test
	void aSwapWaitsForAPinnedReader() throws Exception {
		ContentVersions.Pin pin = versions.pin();
		CompletableFuture<ContentLoadedEvent> swap = CompletableFuture.supplyAsync(() -> {
			try (ContentVersions.Swap held = versions.beginSwap()) {
				return held.advance(FIRST, 5);
			}
		});
		assertThatThrownBy(() -> swap.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
		assertThat(versions.current().number()).as("still the pinned version").isEqualTo(pin.number()).isZero();
		pin.close();
		assertThat(swap.get(10, TimeUnit.SECONDS).version().number()).isEqualTo(1);
		assertThat(versions.current().number()).isEqualTo(1);
		assertThatThrownBy(() -> {
			try (ContentVersions.Swap again = versions.beginSwap()) {
				again.advance(FIRST, 5);
			}
		}).as("a version is never served twice").isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aReaderArrivingDuringASwapGetsTheNewVersion() throws Exception {
		ContentVersions.Swap swap = versions.beginSwap();
		CompletableFuture<Long> reader = CompletableFuture.supplyAsync(() -> {
			try (ContentVersions.Pin pin = versions.pin()) {
				return pin.number();
			}
		});
		assertThatThrownBy(() -> reader.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
		swap.advance(FIRST, 5);
		swap.close();
		swap.close();
		assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo(1);
	}

}
