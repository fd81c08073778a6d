package org.roleatlas.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the syntax of a part of a pattern says its matches are, as {@link LiteralReader}
 * reads it.
 *
 * @param exact every string the part can match is one of these; null when unknown
 * @param present every match contains one of these (a lookahead's in the text around it);
 * null when nothing is known
 */
record PatternPart(Set<String> exact, Set<String> present) {

	static final PatternPart UNKNOWN = new PatternPart(null, null);

	static final PatternPart EMPTY = exactly(Set.of(""));

	static PatternPart exactly(Set<String> strings) {
		return new PatternPart(strings, strings.contains("") ? null : strings);
	}

	Set<String> required() {
		return exact != null ? (exact.contains("") ? null : exact) : present;
	}

	/** The part as a lookahead: it consumes nothing, yet its literals are there. */
	PatternPart asLookaround() {
		return new PatternPart(null, required());
	}

	/**
	 * The set whose shortest literal is longest, the rarest to find by chance; a space,
	 * found in nearly every line, counts for nothing.
	 */
	static Set<String> mostSelective(List<Set<String>> candidates) {
		Set<String> best = null;
		int bestLength = 0;
		for (Set<String> candidate : candidates) {
			int shortest = candidate.stream().mapToInt(literal -> literal.strip().length()).min().orElse(0);
			if (shortest > bestLength) {
				best = candidate;
				bestLength = shortest;
			}
		}
		return best;
	}

	static Set<String> concatenation(Set<String> heads, Set<String> tails) {
		Set<String> joined = new LinkedHashSet<>();
		heads.forEach(head -> tails.forEach(tail -> joined.add(head + tail)));
		return joined;
	}

}
