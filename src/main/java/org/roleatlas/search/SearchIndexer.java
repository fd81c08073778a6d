package org.roleatlas.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.roleatlas.corpus.ArticlePart;
import org.roleatlas.corpus.ContentIndex;
import org.roleatlas.corpus.ContentLoadedEvent;
import org.roleatlas.corpus.ContentStateRepository;
import org.roleatlas.corpus.ContentVersion;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.web.AtlasProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Indexes each content version beside the served one, inside the ingest's transaction:
 * the writer hands over every item and definition it builds, which becomes a document a
 * batch at a time (from the writer's objects, so nothing is read back); the documents
 * carry their version, and {@link SearchService} filters every query to the served floor
 * and version. When the index is behind the database (a restart on a persisted index, a
 * version another node wrote), the stored articles it lacks are indexed first. At the
 * swap, the documents of files replaced or removed since go, before readers are let in;
 * after it, those below the floor. Called by one ingest at a time, so its state needs no
 * locking.
 */
@Component
class SearchIndexer implements ContentIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	/** Stored articles indexed at a time when catching up. */
	private static final int CATCH_UP_BATCH = 50;

	private final EntityManager entityManager;

	private final EntityManagerFactory entityManagerFactory;

	private final ContentStateRepository states;

	private final SearchVocabulary vocabulary;

	private final ApplicationEventPublisher events;

	private final StaleDocuments stale;

	/** Beside a persisted index; null when the index is rebuilt at every start. */
	private final IndexStateFile stateFile;

	/** One index on a search cluster for every node: the writing node keeps it. */
	private final boolean shared;

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

	private ContentVersion indexed;

	private long droppedBelow;

	private SearchVocabulary.Words prepared;

	private long indexingNanos;

	SearchIndexer(EntityManager entityManager, EntityManagerFactory entityManagerFactory, ContentStateRepository states,
			SearchVocabulary vocabulary, ApplicationEventPublisher events, AtlasProperties atlas,
			SearchBackendProperties backend) {
		this.entityManager = entityManager;
		this.entityManagerFactory = entityManagerFactory;
		this.states = states;
		this.vocabulary = vocabulary;
		this.events = events;
		this.stale = new StaleDocuments(entityManagerFactory);
		this.shared = backend.backend() == SearchBackendProperties.Backend.ELASTICSEARCH;
		this.stateFile = shared || atlas.dataDir() == null ? null
				: new IndexStateFile(SearchBackendConfiguration.indexRoot(atlas.dataDir()));
		IndexStateFile.State stored = stateFile == null ? IndexStateFile.State.NONE : stateFile.read();
		this.indexed = stored.indexed();
		this.droppedBelow = Math.min(stored.purgedBelow(), indexed.floor());
	}

	@Override
	public ContentVersion indexed() {
		return indexed;
	}

	@Override
	public void catchUp(ContentVersion stored) {
		if (shared || (stored.number() == indexed.number() && stored.floor() == indexed.floor())) {
			return;
		}
		long start = System.nanoTime();
		if (stored.number() < indexed.number() || stored.floor() < indexed.floor()) {
			log.warn("The search index holds version {}, which the database (at {}) never had: rebuilding it",
					indexed.number(), stored.number());
			Search.session(entityManager).workspace(Item.class, Definition.class).purge();
			indexed = ContentVersion.NONE;
		}
		// Every stored article is of the floor's version or later.
		long since = stored.floor() > indexed.floor() ? stored.floor() - 1 : indexed.number();
		List<Long> articles = entityManager
			.createQuery("select a.id from Article a where a.contentVersion > :since order by a.id", Long.class)
			.setParameter("since", since)
			.getResultList();
		for (int from = 0; from < articles.size(); from += CATCH_UP_BATCH) {
			List<Long> batch = articles.subList(from, Math.min(articles.size(), from + CATCH_UP_BATCH));
			entityManager.createQuery("select i from Item i where i.article.id in :ids", Item.class)
				.setParameter("ids", batch)
				.getResultList()
				.forEach(this::add);
			entityManager.createQuery("select d from Definition d where d.article.id in :ids", Definition.class)
				.setParameter("ids", batch)
				.getResultList()
				.forEach(this::add);
			flush();
			entityManager.clear();
		}
		indexingNanos += System.nanoTime() - start;
		log.info("Search index caught up from version {} to {}: {} stored articles indexed", indexed.number(),
				stored.number(), articles.size());
	}

	@Override
	public void add(ArticlePart part) {
		writingSession().indexingPlan().addOrUpdate(part);
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
	public void swapped(ContentVersion served) {
		long start = System.nanoTime();
		Map<String, Long> removed = new HashMap<>();
		states.removedAfter(indexed.number()).forEach(row -> removed.put((String) row[0], (Long) row[1]));
		int purged = stale.ofRemovedFiles(removed, true);
		if (purged > 0) {
			log.info("{} search documents of {} replaced or removed files purged", purged, removed.size());
		}
		vocabulary.use(prepared);
		prepared = null;
		indexed = served;
		if (stateFile != null) {
			stateFile.write(served, droppedBelow);
		}
		indexingNanos += System.nanoTime() - start;
	}

	/**
	 * After a full reload, purges what it replaced, then merges the index into one
	 * segment: a search pays per segment for each term it looks up, each fuzzy word's
	 * automaton and each facet's global ordinals, and a bulk write leaves a dozen
	 * segments (and the purged documents in them) that Lucene would merge only on later
	 * writes. An incremental reload changes a few documents and leaves merging to
	 * Lucene's policy.
	 */
	@Override
	public void dropReplaced() {
		if (indexed.floor() > droppedBelow) {
			long start = System.nanoTime();
			stale.below(indexed.floor(), true);
			droppedBelow = indexed.floor();
			try (EntityManager merging = entityManagerFactory.createEntityManager()) {
				var workspace = Search.session(merging).workspace(Item.class, Definition.class);
				workspace.mergeSegments();
				workspace.refresh();
			}
			if (stateFile != null) {
				stateFile.write(indexed, droppedBelow);
			}
			indexingNanos += System.nanoTime() - start;
		}
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
		stale.above(indexed.number(), false);
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

}
