package org.roleatlas.ingest;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at the content version the database holds every so often and asks for an ingest
 * when it is newer than the one served: that is how a node notices what another node
 * wrote into the shared database (the ingest then indexes what this node lacks and swaps
 * it in). One request per stored version, so a slow catch-up is not asked for again while
 * it runs.
 */
final class StoredVersionPoller implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(StoredVersionPoller.class);

	private final LongSupplier stored;

	private final LongSupplier served;

	private final Runnable requestIngest;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "stored-version-poller");
		thread.setDaemon(true);
		return thread;
	});

	private long requested;

	StoredVersionPoller(LongSupplier stored, LongSupplier served, Runnable requestIngest) {
		this.stored = stored;
		this.served = served;
		this.requestIngest = requestIngest;
	}

	void start(Duration interval) {
		timer.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** One look at the database; exceptions are logged, so the next look still runs. */
	void poll() {
		try {
			long version = stored.getAsLong();
			if (version > Math.max(served.getAsLong(), requested)) {
				requested = version;
				log.info("The database holds content version {}, newer than the served {}: loading it", version,
						served.getAsLong());
				requestIngest.run();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the stored content version: {}", ex.toString());
		}
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}

}
