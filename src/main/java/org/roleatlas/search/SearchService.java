package org.roleatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;
import org.roleatlas.corpus.RoleRepository;
import org.roleatlas.role.RoleService;
import org.roleatlas.search.QueryPlanner.Plan;
import org.roleatlas.search.QueryPlanner.Unit;
import org.roleatlas.search.SearchViews.ConceptLink;
import org.roleatlas.search.SearchViews.Hit;
import org.roleatlas.search.SearchViews.RoleMatch;
import org.roleatlas.search.SearchViews.SearchPage;
import org.roleatlas.search.SearchViews.SearchRequest;
import org.roleatlas.taxonomy.ConceptEntry;
import org.roleatlas.taxonomy.RoleEntry;
import org.roleatlas.taxonomy.TaxonomyService;
import org.roleatlas.taxonomy.TextAnalyzers;
import org.roleatlas.web.BadRequestException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;

/**
 * Keyword search over items and definitions in any language, with the Hibernate Search
 * DSL only (the backend is configuration): every query unit must match, directly in a
 * text (ranked first), in a description, through a typo, or through a synonym, concept or
 * role from the taxonomies (ranked below).
 */
@Service
class SearchService {

	static final int MAX_QUERY_LENGTH = 200;

	static final int DEFAULT_SIZE = 20;

	static final int MAX_SIZE = 100;

	/**
	 * How deep results can be paged. Lucene collects offset + size hits to serve a page,
	 * and Elasticsearch and OpenSearch refuse more than 10,000 by default
	 * ({@code index.max_result_window}), so both backends answer the same: a deeper page
	 * is a bad request, not an overflow or a huge allocation.
	 */
	static final int MAX_RESULT_WINDOW = 10_000;

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

	private final RoleRepository roles;

	private final RoleService roleService;

	/**
	 * Lucene analyzers are thread-safe and costly to build: one set for every planner of
	 * this service's life.
	 */
	private final TextAnalyzers analyzers = new TextAnalyzers();

	private final TaxonomyService taxonomies;

	private volatile QueryPlanner planner;

	private volatile Suggestions suggestions;

	SearchService(EntityManager entityManager, RoleRepository roles, RoleService roleService,
			TaxonomyService taxonomies) {
		this.entityManager = entityManager;
		this.roles = roles;
		this.roleService = roleService;
		this.taxonomies = taxonomies;
		vocabulary(taxonomies.current().roles());
	}

	private static String[] fields(String prefix) {
		return SearchEntryBinder.ANALYZERS.stream().map(a -> prefix + a).toArray(String[]::new);
	}

	@PreDestroy
	void closeAnalyzers() {
		analyzers.close();
	}

	/**
	 * Rebuilds synonyms and suggestions from the taxonomies and roles of the last ingest.
	 */
	@Transactional(readOnly = true)
	public void refreshVocabulary() {
		List<RoleEntry> roleEntries = roles.findAllByOrderBySlug()
			.stream()
			.map(r -> new RoleEntry(r.getSlug(), r.getNameEn(), r.getNameKo(), r.getAliases()))
			.toList();
		vocabulary(roleEntries.isEmpty() ? taxonomies.current().roles() : roleEntries);
	}

	private void vocabulary(List<RoleEntry> roleEntries) {
		List<ConceptEntry> concepts = taxonomies.current().concepts();
		this.planner = new QueryPlanner(roleEntries, concepts, analyzers);
		this.suggestions = new Suggestions(roleEntries, concepts);
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
		String q = request.q() == null ? "" : request.q().strip();
		if (q.isEmpty()) {
			throw new BadRequestException("error.search.empty", "Type a word to search for.");
		}
		if (q.length() > MAX_QUERY_LENGTH) {
			throw new BadRequestException("error.search.tooLong",
					"A search is at most " + MAX_QUERY_LENGTH + " characters long.", MAX_QUERY_LENGTH);
		}
		int size = request.size() <= 0 ? DEFAULT_SIZE : Math.min(request.size(), MAX_SIZE);
		int page = Math.max(0, request.page());
		if ((long) page * size + size > MAX_RESULT_WINDOW) {
			throw new BadRequestException("error.search.pageTooDeep",
					"Results can be paged up to result " + MAX_RESULT_WINDOW + "; narrow the search instead.",
					MAX_RESULT_WINDOW);
		}
		UserQuery query = UserQuery.parse(q);
		Plan plan = planner.plan(query);
		Map<String, String> roleNames = roleService.names(locale);
		List<RoleMatch> roleMatches = plan.roleMatches()
			.stream()
			.filter(roleNames::containsKey)
			.map(slug -> new RoleMatch(slug, roleNames.get(slug)))
			.toList();
		List<ConceptLink> conceptLinks = taxonomies.current()
			.concepts()
			.stream()
			.map(c -> new ConceptLink(c.id(), "ko".equals(locale.getLanguage()) ? c.labelKo() : c.labelEn()))
			.toList();
		if (plan.units().isEmpty() && plan.phrases().isEmpty()) {
			return new SearchViews.SearchResult(q, 0, roleMatches, List.of(), emptyFacets(), page, size,
					suggestions.forQuery(query), conceptLinks, roleNames, 0);
		}
		SearchSession session = Search.session(entityManager);
		SearchScope<Object> scope = session.scope(List.of(Item.class, Definition.class));
		SearchResult<List<?>> result = session.search(scope)
			.select(f -> projection(f))
			.where(predicate(scope.predicate(), plan, request, null))
			.highlighter(
					h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML).numberOfFragments(1))
			.fetch(page * size, size);
		List<Hit> hits = result.hits().stream().map(SearchService::hit).toList();
		// Each facet counts with the other filters only, so its own choices stay visible
		// once one is picked.
		// Every role can be a bucket, so the role facet asks for as many as there are
		// roles: a cut-off would drop
		// roles silently on a large corpus. Kinds and languages are a handful, well under
		// the default 100.
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
		List<String> suggested = total == 0 && excludedByFilters == 0 ? suggestions.forQuery(query) : List.of();
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

	private static ProjectionFinalStep<List<?>> projection(SearchProjectionFactory<?, ?> f) {
		List<SearchProjection<?>> parts = new ArrayList<>();
		parts.add(f.field(SearchEntryBinder.KIND, String.class).toProjection());
		parts.add(f.field(SearchEntryBinder.LANG, String.class).toProjection());
		parts.add(f.field(SearchEntryBinder.ROLES, String.class).list().toProjection());
		parts.add(f.field(SearchEntryBinder.CONCEPTS, String.class).list().toProjection());
		parts.add(f.field(SearchEntryBinder.FILE, String.class).toProjection());
		parts.add(f.field(SearchEntryBinder.LINE, Integer.class).toProjection());
		parts.add(f.field(SearchEntryBinder.RAW_TEXT, String.class).toProjection());
		parts.add(f.field(SearchEntryBinder.SECTION, String.class).toProjection());
		parts.add(f.score().toProjection());
		for (String field : TEXT_FIELDS) {
			parts.add(f.highlight(field).toProjection());
		}
		for (String field : DESCRIPTION_FIELDS) {
			parts.add(f.highlight(field).toProjection());
		}
		return f.composite().from(parts.toArray(SearchProjection[]::new)).asList();
	}

	@SuppressWarnings("unchecked")
	private static Hit hit(List<?> row) {
		String text = (String) row.get(6);
		int analyzers = SearchEntryBinder.ANALYZERS.size();
		String snippet = firstHighlight(row.subList(9, 9 + analyzers));
		String descriptionSnippet = firstHighlight(row.subList(9 + analyzers, 9 + 2 * analyzers));
		return new Hit((List<String>) row.get(2), (String) row.get(0), text,
				snippet != null ? snippet : HtmlUtils.htmlEscape(text), descriptionSnippet, (String) row.get(1),
				(String) row.get(4), (Integer) row.get(5), (String) row.get(7), (List<String>) row.get(3),
				(Float) row.get(8));
	}

	/** The highlight with the most marked text, from whichever analyzer matched. */
	@SuppressWarnings("unchecked")
	private static String firstHighlight(List<?> highlights) {
		return highlights.stream()
			.flatMap(h -> ((List<String>) h).stream())
			.max(Comparator.comparingInt(s -> s.split("<mark>", -1).length))
			.orElse(null);
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
