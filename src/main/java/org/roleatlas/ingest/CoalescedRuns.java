package org.roleatlas.ingest;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Runs a task one at a time on a thread of its own, merging the requests that arrive
 * while it runs: all of them share the one next run, which starts once the current one
 * ends. So a burst of requests costs at most one run more, and every caller gets the
 * outcome of a run that started after it asked (a run already under way may have read the
 * folder before the caller's change).
 */
final class CoalescedRuns<T> implements AutoCloseable {

	private final Supplier<T> task;

	private final ExecutorService thread;

	/** The run requested but not started yet, shared by everyone who asks meanwhile. */
	private CompletableFuture<T> next;

	private boolean running;

	private boolean closed;

	CoalescedRuns(String threadName, Supplier<T> task) {
		this.task = task;
		this.thread = Executors.newSingleThreadExecutor(runnable -> {
			Thread worker = new Thread(runnable, threadName);
			worker.setDaemon(true);
			return worker;
		});
	}

	/** The outcome of the next run to start. */
	synchronized CompletableFuture<T> request() {
		if (closed) {
			return CompletableFuture.failedFuture(new IllegalStateException("shutting down"));
		}
		if (next == null) {
			next = new CompletableFuture<>();
		}
		CompletableFuture<T> outcome = next;
		if (!running) {
			startNext();
		}
		return outcome;
	}

	private synchronized void startNext() {
		CompletableFuture<T> run = next;
		next = null;
		running = true;
		thread.execute(() -> {
			try {
				run.complete(task.get());
			}
			catch (RuntimeException | Error ex) {
				run.completeExceptionally(ex);
			}
			finally {
				finished();
			}
		});
	}

	private synchronized void finished() {
		running = false;
		if (next != null && !closed) {
			startNext();
		}
	}

	/** Stops the thread; whoever still waits for a run that will not start is told. */
	@Override
	public synchronized void close() {
		closed = true;
		if (next != null) {
			next.completeExceptionally(new IllegalStateException("shutting down"));
			next = null;
		}
		thread.shutdownNow();
	}

}
