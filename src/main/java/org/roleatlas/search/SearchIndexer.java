package org.roleatlas.search;

import java.time.Duration;
import java.util.List;

import org.hibernate.search.mapper.orm.Search;
import org.roleatlas.corpus.ContentLoadedEvent;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManagerFactory;

/**
 * Rebuilds the search index after every ingest has committed. The mass indexer purges
 * first, so searches made while it runs (seconds, on a large folder) see part of the new
 * content; at startup it finishes before the web server opens (or, for a folder loaded in
 * the background, before the loading gate opens), so only a reload has that window.
 */
@Component
class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	/** Entities loaded per query, with their roles and concepts batch-fetched. */
	private static final int LOAD_BATCH = 100;

	private static final int ID_FETCH_SIZE = 1_000;

	private final EntityManagerFactory entityManagerFactory;

	private final SearchVocabulary vocabulary;

	private final ApplicationEventPublisher events;

	SearchIndexer(EntityManagerFactory entityManagerFactory, SearchVocabulary vocabulary,
			ApplicationEventPublisher events) {
		this.entityManagerFactory = entityManagerFactory;
		this.vocabulary = vocabulary;
		this.events = events;
	}

	@EventListener
	void reindex(ContentLoadedEvent event) throws InterruptedException {
		long start = System.nanoTime();
		Search.mapping(entityManagerFactory)
			.scope(List.of(Item.class, Definition.class))
			.massIndexer()
			// The defaults (10 entities a batch, 6 loading threads, a merge after the
			// purge)
			// cost a query per ten items and idle threads on a small machine.
			.typesToIndexInParallel(1)
			.threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors()))
			.batchSizeToLoadObjects(LOAD_BATCH)
			.idFetchSize(ID_FETCH_SIZE)
			.mergeSegmentsAfterPurge(false)
			.startAndWait();
		vocabulary.refresh();
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		log.info("Search index rebuilt for {} articles in {} ms", event.articles(), took.toMillis());
		events.publishEvent(new SearchIndexRebuilt(event.articles(), took));
	}

}
