package org.roleatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Purges the search documents that match a predicate on the fields every document carries
 * (its file and content version), found by a scroll over the index itself: no list of
 * document ids is kept beside the index, so the same purge works after a restart on a
 * persisted index and on a node that did not write the documents.
 */
final class StaleDocuments {

	/** Documents found and purged at a time. */
	private static final int CHUNK = 1_000;

	/** Files per query: each is two clauses, well below Lucene's limit of 1,024. */
	private static final int FILES_PER_QUERY = 200;

	private final EntityManagerFactory entityManagerFactory;

	StaleDocuments(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	/** Documents of a version before {@code floor}, dead once it is served. */
	int below(long floor, boolean wait) {
		return purge(f -> f.range().field(SearchEntryBinder.CONTENT_VERSION).lessThan(floor).toPredicate(), wait);
	}

	/** Documents of a version after {@code version}, never served. */
	int above(long version, boolean wait) {
		return purge(f -> f.range().field(SearchEntryBinder.CONTENT_VERSION).greaterThan(version).toPredicate(), wait);
	}

	/**
	 * Documents of each file from before the version that replaced or removed it.
	 */
	int ofRemovedFiles(Map<String, Long> removedIn, boolean wait) {
		List<Map.Entry<String, Long>> files = new ArrayList<>(removedIn.entrySet());
		int purged = 0;
		for (int from = 0; from < files.size(); from += FILES_PER_QUERY) {
			List<Map.Entry<String, Long>> chunk = files.subList(from, Math.min(files.size(), from + FILES_PER_QUERY));
			purged += purge(f -> f.bool(b -> chunk.forEach(file -> b.should(f.bool(one -> {
				one.must(f.match().field(SearchEntryBinder.FILE).matching(file.getKey()));
				one.must(f.range().field(SearchEntryBinder.CONTENT_VERSION).lessThan(file.getValue()));
			})))).toPredicate(), wait);
		}
		return purged;
	}

	/**
	 * Purges what {@code predicate} matches; with {@code wait}, returns once the purge is
	 * committed and searchable (a swap that must not show them), else at once.
	 */
	private int purge(Function<SearchPredicateFactory, SearchPredicate> predicate, boolean wait) {
		try (EntityManager purging = entityManagerFactory.createEntityManager()) {
			SearchSession session = Search.session(purging);
			session.indexingPlanSynchronizationStrategy(
					wait ? IndexingPlanSynchronizationStrategy.sync() : IndexingPlanSynchronizationStrategy.async());
			SearchScope<Object> scope = session.scope(List.of(Item.class, Definition.class));
			SearchIndexingPlan plan = session.indexingPlan();
			int purged = 0;
			try (SearchScroll<EntityReference> scroll = session.search(scope)
				.select(f -> f.entityReference())
				.where(predicate.apply(scope.predicate()))
				.scroll(CHUNK)) {
				for (SearchScrollResult<EntityReference> chunk = scroll.next(); chunk
					.hasHits(); chunk = scroll.next()) {
					for (EntityReference document : chunk.hits()) {
						plan.purge(document.type(), document.id(), null);
					}
					purged += chunk.hits().size();
					plan.execute();
				}
			}
			return purged;
		}
	}

}
