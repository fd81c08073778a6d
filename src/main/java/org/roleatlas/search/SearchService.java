package org.roleatlas.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;
import org.roleatlas.role.RoleService;
import org.roleatlas.search.QueryPlanner.Plan;
import org.roleatlas.search.SearchViews.ConceptLink;
import org.roleatlas.search.SearchViews.Hit;
import org.roleatlas.search.SearchViews.RoleMatch;
import org.roleatlas.search.SearchViews.SearchPage;
import org.roleatlas.taxonomy.Labels;
import org.roleatlas.taxonomy.TaxonomyService;
import org.roleatlas.web.BadRequestException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/**
 * Keyword search over items and definitions in any language, with the Hibernate Search
 * DSL only (the backend is configuration): plans the question, asks the index through
 * {@link SearchPredicates}, reads the page of hits and the facets, and answers a question
 * asked recently of the same content from {@link SearchAnswers}.
 */
@Service
class SearchService {

	private final EntityManagerFactory entityManagerFactory;

	private final RoleService roleService;

	private final TaxonomyService taxonomies;

	private final SearchVocabulary vocabulary;

	private final Timer latency;

	private final SearchPredicates predicates;

	private final SearchAnswers answers;

	SearchService(EntityManagerFactory entityManagerFactory, RoleService roleService, TaxonomyService taxonomies,
			SearchVocabulary vocabulary, MeterRegistry meters, ContentVersions versions,
			SearchBackendProperties properties) {
		this.entityManagerFactory = entityManagerFactory;
		this.predicates = new SearchPredicates(versions);
		this.answers = new SearchAnswers(versions, properties.cachedAnswers());
		this.roleService = roleService;
		this.taxonomies = taxonomies;
		this.vocabulary = vocabulary;
		this.latency = Timer.builder("atlas.search")
			.description("Time to answer a search, pages and API alike")
			.publishPercentileHistogram()
			.register(meters);
	}

	/**
	 * For the page, a query it cannot answer is no error page: the problem shows where
	 * the results would.
	 */
	public SearchPage page(SearchRequest request, Locale locale) {
		if (request.q() == null || request.q().isBlank()) {
			return new SearchPage(null, null);
		}
		try {
			return new SearchPage(search(request, locale), null);
		}
		catch (BadRequestException ex) {
			return new SearchPage(null, new DefaultMessageSourceResolvable(new String[] { ex.getDetailMessageCode() },
					ex.getDetailMessageArguments(), ex.getBody().getDetail()));
		}
	}

	/**
	 * Answers from the index alone, in a session of its own without a transaction: a
	 * search holds no database connection while it waits for the CPU, so a burst of
	 * searches cannot drain the pool that pages and reloads need. A question asked
	 * recently of the same content is answered as it was then.
	 */
	public SearchViews.SearchResult search(SearchRequest request, Locale locale) {
		return latency.record(() -> {
			SearchRequest.Bounded bounded = request.bounded();
			return answers.get(SearchAnswers.Key.of(request, bounded, locale), () -> find(request, bounded, locale));
		});
	}

	private SearchViews.SearchResult find(SearchRequest request, SearchRequest.Bounded bounded, Locale locale) {
		UserQuery query = UserQuery.parse(bounded.query());
		Plan plan = vocabulary.planner().plan(query);
		Map<String, String> roleNames = roleService.names(locale);
		List<RoleMatch> roleMatches = plan.roleMatches()
			.stream()
			.filter(roleNames::containsKey)
			.map(slug -> new RoleMatch(slug, roleNames.get(slug)))
			.toList();
		List<ConceptLink> conceptLinks = taxonomies.current()
			.concepts()
			.stream()
			.map(c -> new ConceptLink(c.id(), Labels.label(locale, c.labelEn(), c.labelKo())))
			.toList();
		if (plan.units().isEmpty() && plan.phrases().isEmpty()) {
			return new SearchViews.SearchResult(bounded.query(), 0, roleMatches, List.of(), SearchFacet.none(),
					bounded.page(), bounded.size(), vocabulary.suggestions().forQuery(query), conceptLinks, Map.of(),
					0);
		}
		try (EntityManager entityManager = entityManagerFactory.createEntityManager()) {
			return answer(Search.session(entityManager), predicates, request, bounded, plan, query, roleMatches,
					conceptLinks, roleNames);
		}
	}

	private SearchViews.SearchResult answer(SearchSession session, SearchPredicates predicates, SearchRequest request,
			SearchRequest.Bounded bounded, Plan plan, UserQuery query, List<RoleMatch> roleMatches,
			List<ConceptLink> conceptLinks, Map<String, String> roleNames) {
		SearchScope<Object> scope = session.scope(List.of(Item.class, Definition.class));
		// Each facet counts with the other filters only, so its own choices stay visible
		// once one is picked: a facet whose field is not filtered is counted by the query
		// itself, the others by a query of their own.
		List<SearchFacet> facetFields = SearchFacet.all(roleNames.size());
		SearchResult<SearchHit> result = session.search(scope)
			.select(SearchHit.projection(scope.projection()))
			.where(predicates.of(scope.predicate(), plan, request, null))
			.aggregation(facetFields.get(0).key(), facetFields.get(0)::counts)
			.aggregation(facetFields.get(1).key(), facetFields.get(1)::counts)
			.aggregation(facetFields.get(2).key(), facetFields.get(2)::counts)
			.fetch(bounded.offset(), bounded.size());
		long total = result.total().hitCount();
		if (total == 0) {
			// Read again with typos allowed before the facets are counted, the
			// filters blamed or words suggested.
			Optional<SearchPredicates> tolerant = predicates.toleratingTyposIn(plan);
			if (tolerant.isPresent()) {
				return answer(session, tolerant.get(), request, bounded, plan, query, roleMatches, conceptLinks,
						roleNames);
			}
		}
		SnippetMarker marker = new SnippetMarker(plan, vocabulary.analyzers());
		List<Hit> hits = result.hits().stream().map(hit -> hit.view(marker)).toList();
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		for (SearchFacet facet : facetFields) {
			facets.put(facet.name(),
					SearchPredicates.filterOn(request, facet.field()) != null
							? facet(session, predicates, scope, plan, request, facet)
							: SearchFacet.sorted(result.aggregation(facet.key())));
		}
		long excludedByFilters = total == 0 && request.hasFilters() ? session.search(scope)
			.where(predicates.of(scope.predicate(), plan, request.withoutFilters(), null))
			.fetchTotalHitCount() : 0;
		// Words are suggested only when the words are what found nothing, not the
		// filters.
		List<String> suggested = total == 0 && excludedByFilters == 0 ? vocabulary.suggestions().forQuery(query)
				: List.of();
		return new SearchViews.SearchResult(bounded.query(), total, roleMatches, hits, facets, bounded.page(),
				bounded.size(), suggested, conceptLinks, shownNames(roleNames, hits, facets.get("role")),
				excludedByFilters);
	}

	/**
	 * The names of the roles the answer shows, on its hits and in its role facet: every
	 * role's name would be most of each answer's bytes on a large corpus (38 of 39 KB at
	 * 10,000 articles).
	 */
	private static Map<String, String> shownNames(Map<String, String> roleNames, List<Hit> hits,
			Map<String, Long> roleFacet) {
		Map<String, String> shown = new LinkedHashMap<>();
		Stream.concat(hits.stream().flatMap(hit -> hit.roles().stream()), roleFacet.keySet().stream())
			.filter(roleNames::containsKey)
			.forEach(slug -> shown.putIfAbsent(slug, roleNames.get(slug)));
		return shown;
	}

	private static Map<String, Long> facet(SearchSession session, SearchPredicates predicates,
			SearchScope<Object> scope, Plan plan, SearchRequest request, SearchFacet facet) {
		return SearchFacet.sorted(session.search(scope)
			.where(predicates.of(scope.predicate(), plan, request, facet.field()))
			.aggregation(facet.key(), facet::counts)
			.fetch(0)
			.aggregation(facet.key()));
	}

}
