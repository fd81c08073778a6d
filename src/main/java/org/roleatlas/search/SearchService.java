package org.roleatlas.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;
import org.roleatlas.role.RoleService;
import org.roleatlas.search.QueryPlanner.Plan;
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
import org.springframework.transaction.annotation.Transactional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.persistence.EntityManager;

/**
 * Keyword search over items and definitions in any language, with the Hibernate Search
 * DSL only (the backend is configuration): every query unit must match, directly in a
 * text (ranked first), in a description, through a typo, or through a synonym, concept or
 * role from the taxonomies (ranked below).
 */
@Service
class SearchService {

	/** Hibernate Search's default bucket count of a terms aggregation. */
	private static final int DEFAULT_BUCKETS = 100;

	private static final String[] TEXT_FIELDS = fields(SearchEntryBinder.TEXT);

	private static final String[] DESCRIPTION_FIELDS = fields(SearchEntryBinder.DESCRIPTION);

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

	private static final String[] FUZZY_FIELDS = { SearchEntryBinder.TEXT + AtlasAnalysisConfigurer.NEUTRAL,
			SearchEntryBinder.DESCRIPTION + AtlasAnalysisConfigurer.NEUTRAL };

	private final EntityManager entityManager;

	private final RoleService roleService;

	private final TaxonomyService taxonomies;

	private final SearchVocabulary vocabulary;

	private final Timer latency;

	private final ContentVersions versions;

	SearchService(EntityManager entityManager, RoleService roleService, TaxonomyService taxonomies,
			SearchVocabulary vocabulary, MeterRegistry meters, ContentVersions versions) {
		this.entityManager = entityManager;
		this.versions = versions;
		this.roleService = roleService;
		this.taxonomies = taxonomies;
		this.vocabulary = vocabulary;
		this.latency = Timer.builder("atlas.search")
			.description("Time to answer a search, pages and API alike")
			.publishPercentileHistogram()
			.register(meters);
	}

	private static String[] fields(String prefix) {
		return SearchEntryBinder.ANALYZERS.stream().map(a -> prefix + a).toArray(String[]::new);
	}

	/**
	 * For the page, a query it cannot answer is no error page: the problem shows where
	 * the results would.
	 */
	@Transactional(readOnly = true)
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

	@Transactional(readOnly = true)
	public SearchViews.SearchResult search(SearchRequest request, Locale locale) {
		return latency.record(() -> find(request, locale));
	}

	private SearchViews.SearchResult find(SearchRequest request, Locale locale) {
		SearchRequest.Bounded bounded = request.bounded();
		String q = bounded.query();
		int size = bounded.size();
		int page = bounded.page();
		UserQuery query = UserQuery.parse(q);
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
			return new SearchViews.SearchResult(q, 0, roleMatches, List.of(), emptyFacets(), page, size,
					vocabulary.suggestions().forQuery(query), conceptLinks, roleNames, 0);
		}
		SearchSession session = Search.session(entityManager);
		SearchScope<Object> scope = session.scope(List.of(Item.class, Definition.class));
		SearchResult<SearchHit> result = session.search(scope)
			.select(SearchHit.projection(scope.projection(), TEXT_FIELDS, DESCRIPTION_FIELDS))
			.where(predicate(scope.predicate(), plan, request, null))
			.highlighter(
					h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).numberOfFragments(1))
			.fetch(bounded.offset(), size);
		List<Hit> hits = result.hits().stream().map(SearchHit::view).toList();
		// Each facet counts with the other filters only, so its own choices stay visible
		// once one is picked. Every role can be a bucket, so the role facet asks for as
		// many as there are roles: a cut-off would drop roles silently on a large corpus.
		// Kinds and languages are a handful, well under the default 100.
		Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
		facets.put("role",
				facet(session, scope, plan, request, SearchEntryBinder.ROLES, Math.max(1, roleNames.size())));
		facets.put("kind", facet(session, scope, plan, request, SearchEntryBinder.KIND, DEFAULT_BUCKETS));
		facets.put("lang", facet(session, scope, plan, request, SearchEntryBinder.LANG, DEFAULT_BUCKETS));
		long total = result.total().hitCount();
		long excludedByFilters = total == 0 && request.hasFilters() ? session.search(scope)
			.where(predicate(scope.predicate(), plan, request.withoutFilters(), null))
			.fetchTotalHitCount() : 0;
		// Words are suggested only when the words are what found nothing, not the
		// filters.
		List<String> suggested = total == 0 && excludedByFilters == 0 ? vocabulary.suggestions().forQuery(query)
				: List.of();
		return new SearchViews.SearchResult(q, total, roleMatches, hits, facets, page, size, suggested, conceptLinks,
				roleNames, excludedByFilters);
	}

	private Map<String, Long> facet(SearchSession session, SearchScope<Object> scope, Plan plan, SearchRequest request,
			String field, int maxBuckets) {
		AggregationKey<Map<String, Long>> counts = AggregationKey.of(field);
		return sorted(session.search(scope)
			.where(predicate(scope.predicate(), plan, request, field))
			.aggregation(counts, f -> f.terms().field(field, String.class).maxTermCount(maxBuckets))
			.fetch(0)
			.aggregation(counts));
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
				b.must(f.or(f.phrase().fields(TEXT_FIELDS).matching(phrase).boost(3f),
						f.phrase().fields(DESCRIPTION_FIELDS).matching(phrase)));
			}
			for (String excluded : plan.excluded()) {
				b.mustNot(f.match().fields(TEXT_FIELDS).fields(DESCRIPTION_FIELDS).matching(excluded));
			}
			filter(b, f, SearchEntryBinder.ROLES, request.role(), unfilteredField);
			filter(b, f, SearchEntryBinder.LANG, request.lang(), unfilteredField);
			filter(b, f, SearchEntryBinder.KIND, request.kind(), unfilteredField);
			// The next version is indexed beside the served one until it is swapped in.
			b.filter(f.match().field(SearchEntryBinder.CONTENT_VERSION).matching(versions.current().number()));
		}).toPredicate();
	}

	private static void filter(BooleanPredicateClausesStep<?, ?> b, SearchPredicateFactory f, String field,
			String value, String unfilteredField) {
		if (value != null && !field.equals(unfilteredField)) {
			b.filter(f.match().field(field).matching(value, ValueModel.INDEX));
		}
	}

	/**
	 * One unit of the query, matched directly first and through what it stands for after.
	 */
	private SearchPredicate unit(SearchPredicateFactory f, Unit unit) {
		List<SearchPredicate> ways = new ArrayList<>();
		String[] textFields = unit.isRoleName() ? NAME_FIELDS : TEXT_FIELDS;
		String[] descriptionFields = unit.isRoleName() ? NAME_DESCRIPTION_FIELDS : DESCRIPTION_FIELDS;
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
		for (String term : unit.conceptTerms()) {
			ways.add(f.phrase().fields(TEXT_FIELDS).matching(term).boost(0.1f).toPredicate());
		}
		var any = f.or();
		ways.forEach(any::add);
		return any.toPredicate();
	}

	private static Map<String, Long> sorted(Map<String, Long> counts) {
		Map<String, Long> sorted = new LinkedHashMap<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	private static Map<String, Map<String, Long>> emptyFacets() {
		return Map.of("role", Map.of(), "kind", Map.of(), "lang", Map.of());
	}

}
