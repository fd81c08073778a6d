package org.roleatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.roleatlas.content.ConceptEntry;
import org.roleatlas.content.RoleEntry;
import org.roleatlas.role.RoleAlias;

/** "Did you mean": the taxonomy terms (role names, aliases, concept labels and keywords) closest to a query. */
final class Suggestions {

	private static final int MAX_SUGGESTIONS = 5;

	private final List<String> vocabulary;

	Suggestions(List<RoleEntry> roles, List<ConceptEntry> concepts) {
		Set<String> terms = new LinkedHashSet<>();
		for (RoleEntry role : roles) {
			terms.add(role.nameEn());
			if (role.nameKo() != null) {
				terms.add(role.nameKo());
			}
			role.aliases().stream().map(RoleAlias::label).forEach(terms::add);
		}
		for (ConceptEntry concept : concepts) {
			terms.add(concept.labelEn());
			terms.add(concept.labelKo());
			terms.addAll(concept.keywords());
		}
		this.vocabulary = List.copyOf(terms);
	}

	/** Terms within a small edit distance of the query (or of one of its words), closest first. */
	List<String> forQuery(String query) {
		String q = query.toLowerCase(Locale.ROOT).strip();
		record Candidate(String term, int distance) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (String term : vocabulary) {
			String t = term.toLowerCase(Locale.ROOT);
			int distance = distance(q, t);
			for (String word : q.split("\\s+")) {
				distance = Math.min(distance, distance(word, t));
			}
			if (distance > 0 && distance <= allowed(t)) {
				candidates.add(new Candidate(term, distance));
			}
		}
		return candidates.stream()
			.sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::term))
			.map(Candidate::term)
			.distinct()
			.limit(MAX_SUGGESTIONS)
			.toList();
	}

	/** Short terms allow one edit, longer ones two; Hangul syllables count as letters. */
	private static int allowed(String term) {
		return term.length() <= 2 ? 0 : term.length() <= 5 ? 1 : 2;
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
