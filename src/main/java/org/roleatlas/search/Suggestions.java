package org.roleatlas.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.roleatlas.taxonomy.ConceptEntry;
import org.roleatlas.taxonomy.RoleAlias;
import org.roleatlas.taxonomy.RoleEntry;

/**
 * "Did you mean": the taxonomy terms (role names, aliases, concept labels and keywords)
 * closest to a query.
 */
final class Suggestions {

	private static final int MAX_SUGGESTIONS = 5;

	private final List<String> vocabulary;

	Suggestions(List<RoleEntry> roles, List<ConceptEntry> concepts) {
		// One spelling per term whatever its case ("Roadmap" the label, "roadmap" the
		// keyword): the first listed.
		Map<String, String> terms = new LinkedHashMap<>();
		for (RoleEntry role : roles) {
			add(terms, role.nameEn());
			if (role.nameKo() != null) {
				add(terms, role.nameKo());
			}
			role.aliases().stream().map(RoleAlias::label).forEach(label -> add(terms, label));
		}
		for (ConceptEntry concept : concepts) {
			add(terms, concept.labelEn());
			add(terms, concept.labelKo());
			concept.keywords().forEach(keyword -> add(terms, keyword));
		}
		this.vocabulary = List.copyOf(terms.values());
	}

	private static void add(Map<String, String> terms, String term) {
		terms.putIfAbsent(term.toLowerCase(Locale.ROOT), term);
	}

	/**
	 * Terms within a small edit distance of what the query looks for (all of it, one of
	 * its words or phrases), closest first. Excluded words are not looked for, so they
	 * suggest nothing.
	 */
	List<String> forQuery(UserQuery query) {
		List<String> parts = new ArrayList<>();
		Stream.concat(Stream.of(query.text()), query.phrases().stream())
			.map(part -> part.toLowerCase(Locale.ROOT).strip())
			.filter(part -> !part.isEmpty())
			.forEach(part -> {
				parts.add(part);
				parts.addAll(List.of(part.split("\\s+")));
			});
		record Candidate(String term, int distance) {
		}
		List<Candidate> candidates = new ArrayList<>();
		for (String term : vocabulary) {
			String t = term.toLowerCase(Locale.ROOT);
			int distance = Integer.MAX_VALUE;
			for (String part : parts) {
				distance = Math.min(distance, distance(part, t));
			}
			if (distance > 0 && distance <= allowed(t)) {
				candidates.add(new Candidate(term, distance));
			}
		}
		return candidates.stream()
			.sorted(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::term))
			.map(Candidate::term)
			.limit(MAX_SUGGESTIONS)
			.toList();
	}

	/** Short terms allow one edit, longer ones two; Hangul syllables count as letters. */
	private static int allowed(String term) {
		return term.length() <= 2 ? 0 : term.length() <= 5 ? 1 : 2;
	}

	/**
	 * Edits between two terms, a swap of neighbours counting as one, as Lucene's fuzzy
	 * matching counts them.
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
