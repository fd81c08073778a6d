package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests that arrive while a run is under way share one run after it, and every caller
 * gets a run that started after it asked.
 */
class CoalescedRunsTest {

	private final AtomicInteger started = new AtomicInteger();

	private final CountDownLatch firstRunMayEnd = new CountDownLatch(1);

	private final CountDownLatch firstRunStarted = new CountDownLatch(1);

	/** Each run answers its number; the first waits until it is let go. */
	private final CoalescedRuns<Integer> runs = new CoalescedRuns<>("test-runs", () -> {
		int run = started.incrementAndGet();
		if (run == 1) {
			firstRunStarted.countDown();
			await(firstRunMayEnd);
		}
		return run;
	});

	@Test
	void requestsDuringARunShareTheOneRunAfterIt() throws Exception {
		CompletableFuture<Integer> first = runs.request();
		assertThat(firstRunStarted.await(10, TimeUnit.SECONDS)).isTrue();
		List<CompletableFuture<Integer>> during = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			during.add(runs.request());
		}
		firstRunMayEnd.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		for (CompletableFuture<Integer> outcome : during) {
			assertThat(outcome.get(10, TimeUnit.SECONDS)).as("the run after the one under way").isEqualTo(2);
		}
		assertThat(runs.request().get(10, TimeUnit.SECONDS)).as("a request after both is a run of its own")
			.isEqualTo(3);
		assertThat(started).hasValue(3);
		runs.close();
	}

	@Test
	void aFailedRunFailsItsCallersAndTheNextRunStillComes() throws Exception {
		AtomicInteger calls = new AtomicInteger();
		try (CoalescedRuns<Integer> failing = new CoalescedRuns<>("test-failing", () -> {
			if (calls.incrementAndGet() == 1) {
				throw new IllegalStateException("disk full");
			}
			return calls.get();
		})) {
			assertThatThrownBy(() -> failing.request().join()).hasRootCauseMessage("disk full");
			assertThat(failing.request().get(10, TimeUnit.SECONDS)).isEqualTo(2);
		}
	}

	@Test
	void afterCloseARequestFailsInsteadOfWaiting() {
		runs.close();
		assertThatThrownBy(() -> runs.request().join()).hasRootCauseMessage("shutting down");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
