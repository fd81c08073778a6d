package org.roleatlas.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.roleatlas.corpus.ContentIndex;
import org.roleatlas.corpus.ContentLoadedEvent;
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
 * writer stores it in one transaction and feeds the search index as it goes (search keeps
 * those documents out until the version is served). Then readers are held off for the
 * commit and the switch of version, taxonomy, search vocabulary and report, so a request
 * sees the old content or the new, never a mix. A failure before the commit rolls the
 * database back and takes the aborted version's documents out of the index; what was
 * served stays.
 */
@Component
class ContentSwap {

	private static final Logger log = LoggerFactory.getLogger(ContentSwap.class);

	private final TransactionTemplate transactions;

	private final ContentWriter writer;

	private final ContentIndex index;

	private final ContentVersions versions;

	private final TaxonomyService taxonomies;

	private final IngestReports reports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContentSwap(PlatformTransactionManager transactions, ContentWriter writer, ContentIndex index,
			ContentVersions versions, TaxonomyService taxonomies, IngestReports reports,
			ApplicationEventPublisher events, Clock clock) {
		this.transactions = new TransactionTemplate(transactions);
		this.writer = writer;
		this.index = index;
		this.versions = versions;
		this.taxonomies = taxonomies;
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Replaces the content with what {@code load} feeds, under {@code taxonomy}; the
	 * summary is taken once everything is written and becomes the served report.
	 */
	IngestSummary replace(Taxonomy taxonomy, Instant startedAt, Consumer<ContentWriter.Sink> load,
			Supplier<IngestSummary> summary) {
		long version = versions.next();
		ContentVersions.Swap[] swap = new ContentVersions.Swap[1];
		long[] lockTimes = new long[2];
		IngestSummary written;
		try {
			written = transactions.execute(status -> {
				writer.replaceAll(version, taxonomy, startedAt, load);
				IngestSummary done = summary.get();
				// Taken last: new requests wait only for those in flight and the commit.
				lockTimes[0] = System.nanoTime();
				swap[0] = versions.beginSwap();
				lockTimes[1] = System.nanoTime();
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
		ContentLoadedEvent event;
		try (ContentVersions.Swap committed = swap[0]) {
			event = committed.advance(clock.instant(), written.loaded());
			taxonomies.publish(taxonomy);
			index.swapped();
			reports.record(written);
		}
		// New requests wait from the moment the lock is asked for: first for the requests
		// in flight to end, then for the commit and the switch.
		long now = System.nanoTime();
		log.info("Content version {} swapped in: {} ms waiting for requests in flight, {} ms to commit and switch",
				event.version().number(), (lockTimes[1] - lockTimes[0]) / 1_000_000, (now - lockTimes[1]) / 1_000_000);
		index.dropReplaced();
		events.publishEvent(event);
		return written;
	}

}
