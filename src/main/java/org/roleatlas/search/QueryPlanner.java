package org.roleatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.roleatlas.taxonomy.ConceptEntry;
import org.roleatlas.taxonomy.ConceptMatcher;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleAlias;
import org.roleatlas.taxonomy.RoleEntry;
import org.roleatlas.taxonomy.RoleMatcher.Mention;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.TextAnalyzers;

/**
 * Reads a query into units that must each match: a role named by any of its names or
 * aliases ("VP of Product", "기획자", the ambiguous "PM"), a concept named by a label or
 * keyword ("roadmap"), or a plain word. Role and concept units carry their synonyms from
 * the current taxonomies, so a reload changes them without touching the index.
 */
final class QueryPlanner {

	/**
	 * Latin words of five letters or more tolerate one typo, in the text and in the
	 * concept they name.
	 */
	static final Pattern TYPO_TOLERANT = Pattern.compile("\\p{IsLatin}{5,}");

	/**
	 * Something the query names; {@code roles} or {@code concepts} is set when it names
	 * one. Role names and concept terms are kept apart because they must be matched
	 * differently: a role name is a noun to be found as written (stemmed, "developer"
	 * would become the concept word "develop"), a concept term in any inflection.
	 */
	record Unit(String text, Set<String> roles, Set<String> concepts, List<String> roleNames, List<Term> conceptTerms) {

		boolean isPhrase() {
			return text.contains(" ");
		}

		/**
		 * Names only a role, so its text is a name as well and must not be matched by its
		 * stem.
		 */
		boolean isRoleName() {
			return !roles.isEmpty() && concepts.isEmpty();
		}

	}

	/**
	 * A concept's label or keyword with the language it is written in, so that it is
	 * looked for only where that language's text is analysed.
	 */
	record Term(String text, String lang) {
	}

	record Plan(List<Unit> units, List<String> phrases, List<String> excluded, List<String> roleMatches) {
	}

	private record Span(int start, int end, Set<String> roles, Set<String> concepts) {
	}

	private final RoleMatcher roles;

	private final Map<String, RoleEntry> roleEntries;

	private final List<ConceptEntry> concepts;

	private final ConceptMatcher conceptWords;

	QueryPlanner(List<RoleEntry> roleEntries, List<ConceptEntry> concepts, TextAnalyzers analyzers) {
		this.roles = new RoleMatcher(roleEntries);
		this.roleEntries = new LinkedHashMap<>();
		roleEntries.forEach(r -> this.roleEntries.put(r.slug(), r));
		this.concepts = concepts;
		this.conceptWords = new ConceptMatcher(concepts, analyzers);
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
		query.phrases()
			.forEach(phrase -> roles.find(phrase)
				.forEach(m -> roleMatches.addAll(m.resolved() ? Set.of(m.slug()) : m.candidates())));
		spans.addAll(conceptSpans(text, spans));
		List<Unit> units = new ArrayList<>();
		int at = 0;
		for (Span span : wholeWords(text, spans)) {
			words(text.substring(at, span.start()), units);
			String named = text.substring(span.start(), span.end());
			units.add(new Unit(named, span.roles(), span.concepts(), roleNames(named, span.roles()),
					conceptTerms(named, span.concepts())));
			at = span.end();
		}
		words(text.substring(at), units);
		return new Plan(units, query.phrases(), query.excluded(), List.copyOf(roleMatches));
	}

	/**
	 * Longest concept label or keyword first, never overlapping a role name or each
	 * other.
	 */
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

	/**
	 * Names found inside a word stand for the whole word: in 로드맵을, 기획자는 or "roadmap," the
	 * rest is a particle, an ending or punctuation that the analyzers drop, whereas cut
	 * off it would be a required word matching nothing. Names sharing a word become one
	 * unit naming all of them.
	 */
	private static List<Span> wholeWords(String text, List<Span> spans) {
		List<Span> sorted = new ArrayList<>(spans);
		sorted.sort(Comparator.comparingInt(Span::start));
		List<Span> merged = new ArrayList<>();
		for (Span span : sorted) {
			int start = span.start();
			while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
				start--;
			}
			int end = span.end();
			while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
				end++;
			}
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && start < last.end()) {
				merged.set(merged.size() - 1, new Span(last.start(), Math.max(end, last.end()),
						union(last.roles(), span.roles()), union(last.concepts(), span.concepts())));
			}
			else {
				merged.add(new Span(start, end, span.roles(), span.concepts()));
			}
		}
		return merged;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> union = new LinkedHashSet<>(a);
		union.addAll(b);
		return union;
	}

	private List<String> roleNames(String named, Set<String> slugs) {
		Set<String> names = new LinkedHashSet<>();
		for (String slug : slugs) {
			RoleEntry role = roleEntries.get(slug);
			if (role != null) {
				names.add(role.nameEn());
				if (role.nameKo() != null) {
					names.add(role.nameKo());
				}
				role.aliases().stream().filter(a -> !a.ambiguous()).map(RoleAlias::label).forEach(names::add);
			}
		}
		return withoutSelf(names, named);
	}

	private Set<String> conceptsOneEditFrom(String word) {
		Set<String> named = new LinkedHashSet<>();
		for (ConceptEntry concept : concepts) {
			Stream.concat(Stream.of(concept.labelEn()), concept.keywords().stream())
				.map(term -> term.toLowerCase(Locale.ROOT))
				.filter(term -> !term.contains(" ") && Suggestions.distance(word, term) == 1)
				.findFirst()
				.ifPresent(term -> named.add(concept.id()));
		}
		return named;
	}

	private List<Term> conceptTerms(String named, Set<String> ids) {
		Set<Term> terms = new LinkedHashSet<>();
		for (ConceptEntry concept : concepts) {
			if (ids.contains(concept.id())) {
				terms.add(new Term(concept.labelEn(), "en"));
				terms.add(new Term(concept.labelKo(), "ko"));
				concept.keywordsByLang()
					.forEach((lang, keywords) -> keywords.forEach(k -> terms.add(new Term(k, lang))));
			}
		}
		terms.removeIf(term -> term.text().equalsIgnoreCase(named));
		return List.copyOf(terms);
	}

	private static List<String> withoutSelf(Set<String> synonyms, String named) {
		synonyms.removeIf(s -> s.equalsIgnoreCase(named));
		return List.copyOf(synonyms);
	}

	/**
	 * The words between names. A word that names a concept only once analysed
	 * ("strategies", the plural of the keyword "strategy") is matched as ingest matches
	 * items to concepts, so it finds the concept's other words too; so does a one-letter
	 * typo of a concept's one-word label or keyword ("roadmpa").
	 */
	private void words(String text, List<Unit> units) {
		for (String word : text.trim().split("\\s+")) {
			if (!word.isBlank()) {
				Set<String> named = conceptWords.match(word);
				if (named.isEmpty() && TYPO_TOLERANT.matcher(word).matches()) {
					named = conceptsOneEditFrom(word.toLowerCase(Locale.ROOT));
				}
				units.add(new Unit(word, Set.of(), named, List.of(), conceptTerms(word, named)));
			}
		}
	}

}
