package org.roleatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.roleatlas.corpus.ContentVersion;
import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.search.QueryPlanner.Plan;
import org.roleatlas.search.QueryPlanner.Term;
import org.roleatlas.search.QueryPlanner.Unit;

/**
 * A planned query as a Hibernate Search predicate: every unit must match, directly in a
 * text (ranked first), in a description, through a typo, or through a synonym, concept or
 * role (ranked below); phrases and exclusions; the request's filters; and the served
 * content versions only.
 */
final class SearchPredicates {

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

	private final ContentVersions versions;

	private final boolean typos;

	/** Predicates that match words as they are written (analysed, not fuzzy). */
	SearchPredicates(ContentVersions versions) {
		this(versions, false);
	}

	private SearchPredicates(ContentVersions versions, boolean typos) {
		this.versions = versions;
		this.typos = typos;
	}

	/**
	 * The same predicates with one typo allowed in each long Latin word, or none when
	 * these allow typos already or no word of the plan may be one: asked only when the
	 * words as written find nothing, since every fuzzy word costs a Levenshtein automaton
	 * per segment and would rank near-misses ("managed" for "manager") beside real
	 * matches.
	 */
	Optional<SearchPredicates> toleratingTyposIn(Plan plan) {
		return typos || plan.units().stream().noneMatch(SearchPredicates::mayBeTypo) ? Optional.empty()
				: Optional.of(new SearchPredicates(versions, true));
	}

	private static boolean mayBeTypo(Unit unit) {
		return !unit.isPhrase() && QueryPlanner.TYPO_TOLERANT.matcher(unit.text()).matches();
	}

	/**
	 * The query's predicate with every filter of the request but the one on
	 * {@code unfilteredField}.
	 */
	SearchPredicate of(SearchPredicateFactory f, Plan plan, SearchRequest request, String unfilteredField) {
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
	static String filterOn(SearchRequest request, String field) {
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
			if (typos && mayBeTypo(unit)) {
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
