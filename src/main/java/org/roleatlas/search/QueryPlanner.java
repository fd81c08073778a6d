package org.roleatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.roleatlas.content.ConceptEntry;
import org.roleatlas.content.PhraseMatch;
import org.roleatlas.content.RoleEntry;
import org.roleatlas.content.RoleMatcher;
import org.roleatlas.content.RoleMatcher.Mention;
import org.roleatlas.role.RoleAlias;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads a query into units that must each match: a role named by any of its names or aliases ("VP of Product",
 * "기획자", the ambiguous "PM"), a concept named by a label or keyword ("roadmap"), or a plain word. Role and concept
 * units carry their synonyms from the current taxonomies, so a reload changes them without touching the index.
 */
final class QueryPlanner {

	/** Something the query names; {@code roles} or {@code concepts} is set when it names one. */
	record Unit(String text, Set<String> roles, Set<String> concepts, List<String> synonyms) {

		boolean isPhrase() {
			return text.contains(" ");
		}

	}

	record Plan(List<Unit> units, List<String> phrases, List<String> excluded, List<String> roleMatches) {
	}

	private record Span(int start, int end, Set<String> roles, Set<String> concepts) {
	}

	private final RoleMatcher roles;

	private final Map<String, RoleEntry> roleEntries;

	private final List<ConceptEntry> concepts;

	QueryPlanner(List<RoleEntry> roleEntries, List<ConceptEntry> concepts) {
		this.roles = new RoleMatcher(roleEntries);
		this.roleEntries = new LinkedHashMap<>();
		roleEntries.forEach(r -> this.roleEntries.put(r.slug(), r));
		this.concepts = concepts;
	}

	Plan plan(UserQuery query) {
		String text = query.text();
		List<Span> spans = new ArrayList<>();
		Set<String> roleMatches = new LinkedHashSet<>();
		for (Mention mention : roles.find(text)) {
			Set<String> slugs = mention.resolved() ? Set.of(mention.slug()) : mention.candidates();
			spans.add(new Span(mention.start(), mention.end(), slugs, Set.of()));
			roleMatches.addAll(slugs);
		}
		query.phrases().forEach(phrase -> roles.find(phrase)
			.forEach(m -> roleMatches.addAll(m.resolved() ? Set.of(m.slug()) : m.candidates())));
		spans.addAll(conceptSpans(text, spans));
		spans.sort(Comparator.comparingInt(Span::start));
		List<Unit> units = new ArrayList<>();
		int at = 0;
		for (Span span : spans) {
			words(text.substring(at, span.start()), units);
			String named = text.substring(span.start(), span.end());
			units.add(new Unit(named, span.roles(), span.concepts(), synonyms(named, span)));
			at = span.end();
		}
		words(text.substring(at), units);
		return new Plan(units, query.phrases(), query.excluded(), List.copyOf(roleMatches));
	}

	/** Longest concept label or keyword first, never overlapping a role name or each other. */
	private List<Span> conceptSpans(String text, List<Span> taken) {
		String folded = PhraseMatch.fold(text);
		List<Span> found = new ArrayList<>();
		List<Map.Entry<String, String>> phrases = new ArrayList<>();
		for (ConceptEntry concept : concepts) {
			phrases.add(Map.entry(concept.labelEn(), concept.id()));
			phrases.add(Map.entry(concept.labelKo(), concept.id()));
			concept.keywords().forEach(k -> phrases.add(Map.entry(k, concept.id())));
		}
		phrases.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
		for (var phrase : phrases) {
			int start = PhraseMatch.indexOf(folded, phrase.getKey().toLowerCase(Locale.ROOT), 0);
			if (start < 0) {
				continue;
			}
			int end = start + phrase.getKey().length();
			boolean free = Stream.concat(taken.stream(), found.stream())
				.noneMatch(s -> start < s.end() && end > s.start());
			if (free && end <= text.length()) {
				found.add(new Span(start, end, Set.of(), Set.of(phrase.getValue())));
			}
		}
		return found;
	}

	private List<String> synonyms(String named, Span span) {
		Set<String> synonyms = new LinkedHashSet<>();
		for (String slug : span.roles()) {
			RoleEntry role = roleEntries.get(slug);
			if (role != null) {
				synonyms.add(role.nameEn());
				if (role.nameKo() != null) {
					synonyms.add(role.nameKo());
				}
				role.aliases().stream().filter(a -> !a.ambiguous()).map(RoleAlias::label).forEach(synonyms::add);
			}
		}
		for (ConceptEntry concept : concepts) {
			if (span.concepts().contains(concept.id())) {
				synonyms.add(concept.labelEn());
				synonyms.add(concept.labelKo());
				synonyms.addAll(concept.keywords());
			}
		}
		synonyms.removeIf(s -> s.equalsIgnoreCase(named));
		return List.copyOf(synonyms);
	}

	private static void words(String text, List<Unit> units) {
		for (String word : text.trim().split("\\s+")) {
			if (!word.isBlank()) {
				units.add(new Unit(word, Set.of(), Set.of(), List.of()));
			}
		}
	}

}
