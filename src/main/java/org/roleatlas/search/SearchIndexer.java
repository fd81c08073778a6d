package org.roleatlas.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.roleatlas.corpus.ArticlePart;
import org.roleatlas.corpus.ContentIndex;
import org.roleatlas.corpus.ContentLoadedEvent;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;
import org.roleatlas.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Indexes each content version beside the served one, inside the ingest's transaction:
 * the writer's session hands over every item and definition, which becomes a document a
 * batch at a time (the entities still attached, so nothing is read twice); the documents
 * carry their version, and {@link SearchService} filters every query by the served one.
 * Once the version is swapped in, the documents of the one it replaced are purged by the
 * ids indexed for it, and the index merged; after a rollback, those of the aborted one.
 * Called by one ingest at a time, so its state needs no locking.
 */
@Component
class SearchIndexer implements ContentIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	/** Purges sent to the index at a time. */
	private static final int PURGE_BATCH = 1_000;

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final SearchVocabulary vocabulary;

	private final ApplicationEventPublisher events;

	/**
	 * Batches go to the index without a commit or refresh each (one of both at the end
	 * makes them searchable); their outcomes are collected and checked then.
	 */
	private final IndexingPlanSynchronizationStrategy collectOutcomes = context -> {
		context.documentCommitStrategy(DocumentCommitStrategy.NONE);
		context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
		context.indexingFutureHandler(this.outcomes::add);
	};

	private final List<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> outcomes = new ArrayList<>();

	private Documents written = new Documents();

	private Documents served = new Documents();

	private Documents replaced = new Documents();

	private SearchVocabulary.Words prepared;

	private long indexingNanos;

	SearchIndexer(EntityManager entityManager, EntityManagerFactory entityManagerFactory, SearchVocabulary vocabulary,
			ApplicationEventPublisher events) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.vocabulary = vocabulary;
		this.events = events;
	}

	@Override
	public void add(ArticlePart part) {
		writingSession().indexingPlan().addOrUpdate(part);
		written.add(part);
	}

	@Override
	public void flush() {
		long start = System.nanoTime();
		writingSession().indexingPlan().execute();
		indexingNanos += System.nanoTime() - start;
	}

	@Override
	public void ready(Taxonomy taxonomy) {
		long start = System.nanoTime();
		awaitOutcomes();
		var workspace = writingSession().workspace(Item.class, Definition.class);
		workspace.flush();
		workspace.refresh();
		prepared = vocabulary.prepare(taxonomy);
		indexingNanos += System.nanoTime() - start;
	}

	@Override
	public void swapped() {
		vocabulary.use(prepared);
		prepared = null;
		replaced = served;
		served = written;
		written = new Documents();
	}

	/**
	 * Purges the replaced version, then merges the index into one segment: a search pays
	 * per segment for each term it looks up, each fuzzy word's automaton and each facet's
	 * global ordinals, and a bulk write leaves a dozen segments (and a reload the purged
	 * documents in them) that Lucene would merge only on later writes.
	 */
	@Override
	public void dropReplaced() {
		long start = System.nanoTime();
		purge(replaced);
		replaced = new Documents();
		try (EntityManager merging = entityManagerFactory.createEntityManager()) {
			var workspace = Search.session(merging).workspace(Item.class, Definition.class);
			workspace.mergeSegments();
			workspace.refresh();
		}
		indexingNanos += System.nanoTime() - start;
	}

	@Override
	public void abandon() {
		try {
			awaitOutcomes();
		}
		catch (RuntimeException ex) {
			log.debug("Indexing of the abandoned version failed too", ex);
		}
		prepared = null;
		purge(written);
		written = new Documents();
		indexingNanos = 0;
	}

	/** Readiness and metrics: the index holds the version now served. */
	@EventListener
	void swappedIn(ContentLoadedEvent event) {
		Duration took = Duration.ofNanos(indexingNanos);
		indexingNanos = 0;
		log.info("Search index of {} articles written beside the served one in {} ms", event.articles(),
				took.toMillis());
		events.publishEvent(new SearchIndexRebuilt(event.articles(), took));
	}

	/**
	 * The search session of the writer's transaction, which batches go through with their
	 * outcomes collected.
	 */
	private SearchSession writingSession() {
		SearchSession session = Search.session(entityManager);
		session.indexingPlanSynchronizationStrategy(collectOutcomes);
		return session;
	}

	private void awaitOutcomes() {
		try {
			for (CompletableFuture<? extends SearchIndexingPlanExecutionReport> outcome : outcomes) {
				outcome.join().throwable().ifPresent(cause -> {
					throw new IllegalStateException("Indexing the new content failed", cause);
				});
			}
		}
		finally {
			outcomes.clear();
		}
	}

	private void purge(Documents documents) {
		if (documents.isEmpty()) {
			return;
		}
		try (EntityManager purging = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(purging);
			// Documents of a version no longer served match no search: nothing needs them
			// gone at once, but a merge that follows must see them gone.
			session.indexingPlanSynchronizationStrategy(collectOutcomes);
			SearchIndexingPlan plan = session.indexingPlan();
			purge(plan, Item.class, documents.items.build());
			purge(plan, Definition.class, documents.definitions.build());
		}
		try {
			awaitOutcomes();
		}
		catch (RuntimeException ex) {
			// They stay in the index, but no search sees a version not served.
			log.warn("Purging the documents of a version no longer served failed", ex);
		}
	}

	private static void purge(SearchIndexingPlan plan, Class<?> type, LongStream ids) {
		int[] count = { 0 };
		ids.forEach(id -> {
			plan.purge(type, id, null);
			if (++count[0] % PURGE_BATCH == 0) {
				plan.execute();
			}
		});
		plan.execute();
	}

	/** The ids of one version's documents, as primitives (a large corpus has 300,000). */
	private static final class Documents {

		private final LongStream.Builder items = LongStream.builder();

		private final LongStream.Builder definitions = LongStream.builder();

		private boolean empty = true;

		void add(ArticlePart part) {
			(part instanceof Item ? items : definitions).add(part.getId());
			empty = false;
		}

		boolean isEmpty() {
			return empty;
		}

	}

}
