package org.roleatlas.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.web.AtlasProperties.Limits;

/**
 * Loads articles on every core and hands the results on in input order, so that a run
 * stores and numbers them exactly as a sequential one would. Each worker uses an
 * {@link ArticleLoader} of its own (the loaders keep matchers and analyzers that are not
 * meant to be shared), and only a window of results is in flight at a time, so a large
 * folder is never held in memory whole.
 */
final class ParallelLoader implements AutoCloseable {

	/** Results in flight per thread: enough to keep every core busy while one waits. */
	private static final int WINDOW_PER_THREAD = 16;

	private final Taxonomy taxonomy;

	private final int threads;

	private final ExecutorService pool;

	private final Limits limits;

	private final Queue<ArticleLoader> idle = new ConcurrentLinkedQueue<>();

	private final List<ArticleLoader> created = Collections.synchronizedList(new ArrayList<>());

	ParallelLoader(Taxonomy taxonomy, Limits limits, int threads) {
		this.taxonomy = taxonomy;
		this.limits = limits;
		this.threads = Math.max(1, threads);
		AtomicInteger number = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(this.threads, task -> {
			Thread thread = new Thread(task, "ingest-" + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Applies {@code load} to every input on the pool and gives each result to
	 * {@code sink} on the calling thread, in input order. An exception that escapes
	 * {@code load} stops the run and is rethrown here.
	 */
	<I, R> void forEachInOrder(List<I> inputs, BiFunction<ArticleLoader, I, R> load, Consumer<? super R> sink) {
		Deque<Future<R>> inFlight = new ArrayDeque<>();
		int window = threads * WINDOW_PER_THREAD;
		int next = 0;
		while (next < inputs.size() || !inFlight.isEmpty()) {
			while (next < inputs.size() && inFlight.size() < window) {
				I input = inputs.get(next++);
				inFlight.add(this.pool.submit(() -> withLoader(loader -> load.apply(loader, input))));
			}
			sink.accept(await(inFlight.poll()));
		}
	}

	private <R> R withLoader(Function<ArticleLoader, R> work) {
		ArticleLoader loader = idle.poll();
		if (loader == null) {
			loader = new ArticleLoader(taxonomy, limits);
			created.add(loader);
		}
		try {
			return work.apply(loader);
		}
		finally {
			idle.add(loader);
		}
	}

	private static <R> R await(Future<R> future) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while loading articles", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void close() {
		pool.shutdownNow();
		try {
			// a loader still running a cancelled task must not be closed under it
			pool.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		synchronized (created) {
			created.forEach(ArticleLoader::close);
		}
	}

}
