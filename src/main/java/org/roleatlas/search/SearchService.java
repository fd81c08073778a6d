package org.roleatlas.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.roleatlas.corpus.ContentVersion;
import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;
import org.roleatlas.role.RoleService;
import org.roleatlas.search.QueryPlanner.Plan;
import org.roleatlas.search.QueryPlanner.Term;
import org.roleatlas.search.QueryPlanner.Unit;
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
 * DSL only (the backend is configuration): every query unit must match, directly in a
 * text (ranked first), in a description, through a typo, or through a synonym, concept or
 * role from the taxonomies (ranked below).
 */
@Service
class SearchService {

	/**
	 * Text fields whose analysis keeps words whole: role names are matched here, because
	 * a stemmer reads "developer" as "develop" and "designer" as "design" and so finds
	 * product development and product design. Nori keeps role nouns whole through its
	 * user dictionary.
	 */
	private static final String[] NAME_FIELDS = { SearchEntryBinder.TEXT + AtlasAnalysisConfigurer.NEUTRAL,
			SearchEntryBinder.TEXT + AtlasAnalysisConfigurer.KOREAN };

	private static final String[] NAME_DESCRIPTION_FIELDS = {
			SearchEntryBinder.DESCRIPTION + AtlasAnalysisConfigurer.NEUTRAL,
			SearchEntryBinder.DESCRIPTION + AtlasAnalysisConfigurer.KOREAN };

	private static final List<String> FILTERED_FIELDS = List.of(SearchEntryBinder.ROLES, SearchEntryBinder.LANG,
			SearchEntryBinder.KIND);

	private static final String[] FUZZY_FIELDS = { SearchEntryBinder.TEXT + AtlasAnalysisConfigurer.NEUTRAL,
			SearchEntryBinder.DESCRIPTION + AtlasAnalysisConfigurer.NEUTRAL };

	private final EntityManagerFactory entityManagerFactory;

	private final RoleService roleService;

	private final TaxonomyService taxonomies;

	private final SearchVocabulary vocabulary;

	private final Timer latency;

	private final ContentVersions versions;

	private final SearchAnswers answers;

	SearchService(EntityManagerFactory entityManagerFactory, RoleService roleService, TaxonomyService taxonomies,
			SearchVocabulary vocabulary, MeterRegistry meters, ContentVersions versions,
			SearchBackendProperties properties) {
		this.entityManagerFactory = entityManagerFactory;
		this.versions = versions;
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
			return answer(Search.session(entityManager), request, bounded, plan, query, roleMatches, conceptLinks,
					roleNames);
		}
	}

	private SearchViews.SearchResult answer(SearchSession session, SearchRequest request, SearchRequest.Bounded bounded,
			Plan plan, UserQuery query, List<RoleMatch> roleMatches, List<ConceptLink> conceptLinks,
			Map<String, String> roleNames) {
		SearchScope<Object> scope = session.scope(List.of(Item.class, Definition.class));
		// Each facet counts with the other filters only, so its own choices stay visible
		// once one is picked: a facet whose field is not filtered is counted by the query
		// itself, the others by a query of their own.
		List<SearchFacet> facetFields = SearchFacet.all(roleNames.size());
		SearchResult<SearchHit> result = session.search(scope)
			.select(SearchHit.projection(scope.projection()))
			.where(predicate(scope.predicate(), plan, request, null))
			.aggregation(facetFields.get(0).key(), facetFields.get(0)::counts)
			.aggregation(facetFields.get(1).key(), facetFields.get(1)::counts)
			.aggregation(facetFields.get(2).key(), facetFields.get(2)::counts)
			.fetch(bounded.offset(), bounded.size());
		SnippetMarker marker = new SnippetMarker(plan, vocabulary.analyzers());
		List<Hit> hits = result.hits().stream().map(hit -> hit.view(marker)).toList();
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		for (SearchFacet facet : facetFields) {
			facets.put(facet.name(),
					filterOn(request, facet.field()) != null ? facet(session, scope, plan, request, facet)
							: SearchFacet.sorted(result.aggregation(facet.key())));
		}
		long total = result.total().hitCount();
		long excludedByFilters = total == 0 && request.hasFilters() ? session.search(scope)
			.where(predicate(scope.predicate(), plan, request.withoutFilters(), null))
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

	private Map<String, Long> facet(SearchSession session, SearchScope<Object> scope, Plan plan, SearchRequest request,
			SearchFacet facet) {
		return SearchFacet.sorted(session.search(scope)
			.where(predicate(scope.predicate(), plan, request, facet.field()))
			.aggregation(facet.key(), facet::counts)
			.fetch(0)
			.aggregation(facet.key()));
	}

	/**
	 * The query's predicate with every filter of the request but the one on
	 * {@code unfilteredField}.
	 */
	private SearchPredicate predicate(SearchPredicateFactory f, Plan plan, SearchRequest request,
			String unfilteredField) {
		return f.bool(b -> {
			for (Unit unit : plan.units()) {
				b.must(unit(f, unit));
			}
			for (String phrase : plan.phrases()) {
				b.must(f.or(
						f.phrase()
							.fields(SearchFields.forText(SearchEntryBinder.TEXT, phrase))
							.matching(phrase)
							.boost(3f),
						f.phrase()
							.fields(SearchFields.forText(SearchEntryBinder.DESCRIPTION, phrase))
							.matching(phrase)));
			}
			for (String excluded : plan.excluded()) {
				b.mustNot(f.match()
					.fields(SearchFields.forText(SearchEntryBinder.TEXT, excluded))
					.fields(SearchFields.forText(SearchEntryBinder.DESCRIPTION, excluded))
					.matching(excluded));
			}
			for (String field : FILTERED_FIELDS) {
				String value = filterOn(request, field);
				if (value != null && !field.equals(unfilteredField)) {
					b.filter(f.match().field(field).matching(value, ValueModel.INDEX));
				}
			}
			// The next version is indexed beside the served one until it is swapped in,
			// and
			// what the last full reload replaced is dead until it is purged.
			ContentVersion served = versions.current();
			b.filter(f.range().field(SearchEntryBinder.CONTENT_VERSION).between(served.floor(), served.number()));
		}).toPredicate();
	}

	/** The value the request filters {@code field} by, or null. */
	private static String filterOn(SearchRequest request, String field) {
		return switch (field) {
			case SearchEntryBinder.ROLES -> request.role();
			case SearchEntryBinder.LANG -> request.lang();
			case SearchEntryBinder.KIND -> request.kind();
			default -> throw new IllegalArgumentException("No filter on " + field);
		};
	}

	/**
	 * One unit of the query, matched directly first and through what it stands for after.
	 */
	private SearchPredicate unit(SearchPredicateFactory f, Unit unit) {
		List<SearchPredicate> ways = new ArrayList<>();
		String[] textFields = unit.isRoleName() ? NAME_FIELDS
				: SearchFields.forText(SearchEntryBinder.TEXT, unit.text());
		String[] descriptionFields = unit.isRoleName() ? NAME_DESCRIPTION_FIELDS
				: SearchFields.forText(SearchEntryBinder.DESCRIPTION, unit.text());
		if (unit.isPhrase()) {
			ways.add(f.phrase().fields(textFields).matching(unit.text()).boost(3f).toPredicate());
			ways.add(f.phrase().fields(descriptionFields).matching(unit.text()).toPredicate());
		}
		else {
			ways.add(f.match().fields(textFields).matching(unit.text()).boost(3f).toPredicate());
			ways.add(f.match().fields(descriptionFields).matching(unit.text()).toPredicate());
			if (QueryPlanner.TYPO_TOLERANT.matcher(unit.text()).matches()) {
				ways.add(f.match().fields(FUZZY_FIELDS).matching(unit.text()).fuzzy(1).boost(0.5f).toPredicate());
			}
		}
		if (!unit.roles().isEmpty()) {
			ways.add(f.terms().field(SearchEntryBinder.ROLES).matchingAny(unit.roles()).boost(0.3f).toPredicate());
		}
		if (!unit.concepts().isEmpty()) {
			ways.add(
					f.terms().field(SearchEntryBinder.CONCEPTS).matchingAny(unit.concepts()).boost(0.3f).toPredicate());
		}
		for (String name : unit.roleNames()) {
			ways.add(f.phrase().fields(NAME_FIELDS).matching(name).boost(0.1f).toPredicate());
		}
		for (Term term : unit.conceptTerms()) {
			ways.add(f.phrase()
				.fields(SearchFields.forLanguage(SearchEntryBinder.TEXT, term.lang()))
				.matching(term.text())
				.boost(0.1f)
				.toPredicate());
		}
		var any = f.or();
		ways.forEach(any::add);
		return any.toPredicate();
	}

}
