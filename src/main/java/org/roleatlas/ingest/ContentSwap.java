package org.roleatlas.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import org.roleatlas.corpus.ContentIndex;
import org.roleatlas.corpus.ContentLoadedEvent;
import org.roleatlas.corpus.ContentState;
import org.roleatlas.corpus.ContentStateRepository;
import org.roleatlas.corpus.ContentVersion;
import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.corpus.IngestReports;
import org.roleatlas.corpus.IngestSummary;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TaxonomyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the next content version beside the served one and swaps it in at once. The
 * writer locks the stored state (so writers on several nodes take turns), brings this
 * node's search index up to what is stored, stores what changed in one transaction and
 * feeds the index as it goes (search keeps those documents out until the version is
 * served). Then readers are held off for the commit and the switch of version, taxonomy,
 * search vocabulary and report, so a request sees the old content or the new, never a
 * mix. A failure before the commit rolls the database back and takes the aborted
 * version's documents out of the index; what was served stays. A node that does not write
 * follows the stored state the same way ({@link #follow}).
 */
@Component
class ContentSwap {

	private static final Logger log = LoggerFactory.getLogger(ContentSwap.class);

	private final TransactionTemplate transactions;

	private final ContentWriter writer;

	private final ContentIndex index;

	private final ContentVersions versions;

	private final ContentStateRepository states;

	private final TaxonomyService taxonomies;

	private final IngestReports reports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** The last version this node committed, known before it is swapped in. */
	private volatile long committed;

	ContentSwap(PlatformTransactionManager transactions, ContentWriter writer, ContentIndex index,
			ContentVersions versions, ContentStateRepository states, TaxonomyService taxonomies, IngestReports reports,
			ApplicationEventPublisher events, Clock clock) {
		this.transactions = new TransactionTemplate(transactions);
		this.writer = writer;
		this.index = index;
		this.versions = versions;
		this.states = states;
		this.taxonomies = taxonomies;
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The newest version this node has stored or is swapping in: a version in the
	 * database up to it needs no ingest from the poller.
	 */
	long committed() {
		return committed;
	}

	/** Whether the database holds a content version, written by this node or another. */
	boolean holdsContent() {
		return states.read().getVersion() > 0;
	}

	/** How one ingest is to be loaded and reported, once its plan is known. */
	interface Ingest {

		/** Reads the plan's files and feeds them to the sink, in order. */
		void load(ContentPlan plan, ContentWriter.Sink sink);

		/** The report of the ingest, taken once everything is written. */
		IngestSummary summary(ContentPlan plan, ContentWriter.Stored stored);

	}

	/**
	 * Brings the stored content up to the folder: {@code files} are its files in order,
	 * {@code fingerprint} names the build and taxonomy they are read with. Under the
	 * stored fingerprint only new and changed files are read, found by {@code hashes}
	 * (each file to the SHA-256 of its bytes); under another, everything, and the files
	 * are not hashed beforehand: the loader threads hash the bytes they read.
	 */
	IngestSummary update(Taxonomy taxonomy, String fingerprint, List<String> files,
			Supplier<Map<String, String>> hashes, Instant startedAt, Ingest ingest) {
		return swapIn(taxonomy, () -> {
			ContentState state = states.lockForWrite();
			index.catchUp(state.served());
			boolean full = state.getVersion() == 0 || !fingerprint.equals(state.getFingerprint());
			ContentPlan plan = full ? ContentPlan.full(files)
					: ContentPlan.changes(hashes.get(), writer.storedHashes());
			if (plan.writes()) {
				long version = state.getVersion() + 1;
				writer.write(plan, version, taxonomy, startedAt, sink -> ingest.load(plan, sink));
				// The writer clears its session as it goes: the state is read again
				// (still
				// locked by this transaction) to be changed.
				state = states.lockForWrite();
				state.written(version, full, fingerprint, clock.instant());
				log.info("Writing content version {}: {} files read, {} replaced or removed, {} unchanged kept",
						version, plan.toLoad().size(), plan.replaced().size(), plan.reused());
			}
			return new Written(state.served(), ingest.summary(plan, writer.stored()));
		});
	}

	/**
	 * Serves what is stored, indexing what this node's index lacks: for a node that does
	 * not write, or before anything is written.
	 */
	IngestSummary follow(Taxonomy taxonomy, Function<ContentWriter.Stored, IngestSummary> summary) {
		return swapIn(taxonomy, () -> {
			ContentState state = states.read();
			index.catchUp(state.served());
			return new Written(state.served(), summary.apply(writer.stored()));
		});
	}

	/** The stored state an ingest leaves, and its report. */
	private record Written(ContentVersion stored, IngestSummary summary) {
	}

	private IngestSummary swapIn(Taxonomy taxonomy, Supplier<Written> write) {
		ContentVersions.Swap[] swap = new ContentVersions.Swap[1];
		long[] lockTimes = new long[2];
		Written written;
		try {
			written = transactions.execute(status -> {
				Written done = write.get();
				if (done.stored().isNewerThan(versions.current())) {
					index.ready(taxonomy);
					// Taken last: new requests wait only for those in flight and the
					// commit.
					lockTimes[0] = System.nanoTime();
					swap[0] = versions.beginSwap();
					lockTimes[1] = System.nanoTime();
				}
				return done;
			});
		}
		catch (RuntimeException | Error ex) {
			if (swap[0] != null) {
				swap[0].close();
			}
			index.abandon();
			throw ex;
		}
		committed = Math.max(committed, written.stored().number());
		if (swap[0] == null) {
			// Nothing new stored: the served version stays, reported by this run.
			log.info("Content version {} unchanged", versions.current().number());
			reports.record(written.summary());
			return written.summary();
		}
		ContentLoadedEvent event;
		try (ContentVersions.Swap committed = swap[0]) {
			event = committed.advance(written.stored(), written.summary().loaded());
			taxonomies.publish(taxonomy);
			index.swapped(written.stored());
			reports.record(written.summary());
		}
		// New requests wait from the moment the lock is asked for: first for the requests
		// in flight to end, then for the commit and the switch.
		long now = System.nanoTime();
		log.info("Content version {} swapped in: {} ms waiting for requests in flight, {} ms to commit and switch",
				event.version().number(), (lockTimes[1] - lockTimes[0]) / 1_000_000, (now - lockTimes[1]) / 1_000_000);
		index.dropReplaced();
		events.publishEvent(event);
		return written.summary();
	}

}
