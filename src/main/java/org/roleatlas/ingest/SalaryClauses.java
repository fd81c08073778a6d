package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.taxonomy.PhraseMatch;

/**
 * Where the clause around an amount begins and ends, for {@link SalaryParser}: at clause
 * punctuation or a break word of the salary vocabulary, so that each amount is read with
 * the words of its own clause.
 */
final class SalaryClauses {

	/**
	 * A full stop ends a clause only before a space, so that "U.S" and decimals stay
	 * whole.
	 */
	private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[,;、，；]|[.!?](?=\\s|$)|[。！？]");

	/** A clause break: punctuation or a break word. */
	private record Break(int start, int end) {
	}

	private final List<String> clauseBreaks;

	SalaryClauses(List<String> clauseBreaks) {
		this.clauseBreaks = clauseBreaks;
	}

	/**
	 * Where the clause holding {@code position} starts, not before {@code floor} (the
	 * previous figure's end).
	 */
	int clauseStart(String folded, int floor, int position) {
		return breaksBetween(folded, floor, position).stream().mapToInt(Break::end).max().orElse(floor);
	}

	/**
	 * Where the clause going on from {@code position} ends, not after {@code limit} (the
	 * next figure's start).
	 */
	int clauseEnd(String folded, int position, int limit) {
		return breaksBetween(folded, position, limit).stream().mapToInt(Break::start).min().orElse(limit);
	}

	/** Clause punctuation and break words lying wholly inside {@code [from, to)}. */
	private List<Break> breaksBetween(String folded, int from, int to) {
		List<Break> breaks = new ArrayList<>();
		// Transparent bounds: whether a full stop is followed by a space is read past the
		// stretch's end.
		Matcher m = CLAUSE_PUNCTUATION.matcher(folded)
			.region(from, to)
			.useTransparentBounds(true)
			.useAnchoringBounds(false);
		while (m.find()) {
			breaks.add(new Break(m.start(), m.end()));
		}
		for (String word : clauseBreaks) {
			int length = PhraseMatch.lengthOf(word);
			for (int at = PhraseMatch.indexOf(folded, word, from); at >= 0
					&& at + length <= to; at = PhraseMatch.indexOf(folded, word, at + 1)) {
				breaks.add(new Break(at, at + length));
			}
		}
		return breaks;
	}

}
