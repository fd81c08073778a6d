package org.roleatlas.ops;

import java.util.function.ToIntFunction;

import org.roleatlas.corpus.ContentLoadedEvent;
import org.roleatlas.corpus.IngestReports;
import org.roleatlas.corpus.IngestSummary;
import org.roleatlas.search.SearchIndexRebuilt;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Metrics of the content ({@code /actuator/prometheus}): how long each ingest and each
 * index rebuild took, and gauges of what the last ingest loaded. The search latency timer
 * ({@code atlas.search}) is kept by the search service itself.
 */
@Component
class ContentMetrics {

	private final IngestReports reports;

	private final Timer ingests;

	private final Timer indexing;

	ContentMetrics(IngestReports reports, MeterRegistry meters) {
		this.reports = reports;
		this.ingests = Timer.builder("atlas.ingest")
			.description("Time to read, extract and store the content folder")
			.register(meters);
		this.indexing = Timer.builder("atlas.index")
			.description("Time to rebuild the search index after an ingest")
			.register(meters);
		gauge(meters, "atlas.content.files", "Article files found by the last ingest", IngestSummary::files);
		gauge(meters, "atlas.content.articles", "Articles loaded by the last ingest", IngestSummary::loaded);
		gauge(meters, "atlas.content.rejected", "Files rejected by the last ingest", IngestSummary::rejected);
		gauge(meters, "atlas.content.items", "Items extracted by the last ingest", IngestSummary::items);
	}

	private void gauge(MeterRegistry meters, String name, String description, ToIntFunction<IngestSummary> figure) {
		Gauge.builder(name, reports, r -> figure.applyAsInt(r.lastSummary())).description(description).register(meters);
	}

	/** The ingest records its summary before it announces the content. */
	@EventListener
	void ingested(ContentLoadedEvent event) {
		ingests.record(reports.lastSummary().took());
	}

	@EventListener
	void indexed(SearchIndexRebuilt event) {
		indexing.record(event.took());
	}

}
