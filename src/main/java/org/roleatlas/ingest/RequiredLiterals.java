package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test that a regular expression cannot match a text: the literals one of which
 * every match must contain (as RE2 and Hyperscan prefilter), read off the pattern's
 * syntax. A chrome rule such as {@code (?i)(©|all rights reserved|…)} is otherwise tried
 * at every position of every line; most lines contain none of its words, and
 * {@link String#indexOf} says so many times faster. Literals are compared case-folded the
 * way {@link Pattern#CASE_INSENSITIVE} with {@link Pattern#UNICODE_CASE} compares
 * characters, so the test holds with or without those flags. Syntax it does not read
 * (classes, escapes such as {@code \p{L}}, back references) only weakens the test, never
 * makes it wrong; a pattern it cannot read at all ({@code \Q}, comments mode) gets no
 * test.
 */
final class RequiredLiterals {

	/** Above this many alternatives, a run of literals is not multiplied out further. */
	private static final int MAX_ALTERNATIVES = 32;

	/**
	 * Above this many literals, looking for each costs about what the pattern does (a
	 * list of navigation words anchored at the line's start fails on its first letter).
	 */
	private static final int MAX_LITERALS = 64;

	private static final RequiredLiterals ANY_TEXT = new RequiredLiterals(null);

	/** Null when any text may match. */
	private final List<String> literals;

	private RequiredLiterals(List<String> literals) {
		this.literals = literals;
	}

	static RequiredLiterals of(Pattern pattern) {
		if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
			return ANY_TEXT;
		}
		try {
			Reader reader = new Reader(pattern.pattern());
			Node node = reader.alternation();
			Set<String> required = node.required();
			boolean usable = required != null && required.size() <= MAX_LITERALS
					&& reader.at == pattern.pattern().length();
			return usable ? new RequiredLiterals(List.copyOf(required)) : ANY_TEXT;
		}
		catch (UnsupportedOperationException unreadable) {
			return ANY_TEXT;
		}
	}

	/** Whether a match is possible in the text, given in {@link #fold}ed form. */
	boolean mayMatch(String foldedText) {
		if (literals == null) {
			return true;
		}
		for (String literal : literals) {
			if (foldedText.indexOf(literal) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** The text with each character folded as case-insensitive matching compares it. */
	static String fold(String text) {
		char[] folded = new char[text.length()];
		for (int i = 0; i < folded.length; i++) {
			folded[i] = fold(text.charAt(i));
		}
		return new String(folded);
	}

	private static char fold(char c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	/**
	 * What the syntax says of a part of the pattern.
	 *
	 * @param exact every string the part can match is one of these; null when unknown
	 * @param present every match contains one of these (a lookahead's in the text around
	 * it); null when nothing is known
	 */
	private record Node(Set<String> exact, Set<String> present) {

		static final Node UNKNOWN = new Node(null, null);

		static final Node EMPTY = exactly(Set.of(""));

		static Node exactly(Set<String> strings) {
			return new Node(strings, strings.contains("") ? null : strings);
		}

		Set<String> required() {
			return exact != null ? (exact.contains("") ? null : exact) : present;
		}

		/** The part as a lookahead: it consumes nothing, yet its literals are there. */
		Node asLookaround() {
			return new Node(null, required());
		}

	}

	/** A recursive-descent reader of the Java pattern syntax. */
	private static final class Reader {

		private final String pattern;

		private int at;

		Reader(String pattern) {
			this.pattern = pattern;
		}

		Node alternation() {
			List<Node> branches = new ArrayList<>();
			branches.add(sequence());
			while (at < pattern.length() && pattern.charAt(at) == '|') {
				at++;
				branches.add(sequence());
			}
			if (branches.size() == 1) {
				return branches.get(0);
			}
			Set<String> exact = new LinkedHashSet<>();
			Set<String> required = new LinkedHashSet<>();
			for (Node branch : branches) {
				if (exact != null && branch.exact() != null) {
					exact.addAll(branch.exact());
				}
				else {
					exact = null;
				}
				if (required != null && branch.required() != null) {
					required.addAll(branch.required());
				}
				else {
					required = null;
				}
			}
			return exact != null ? Node.exactly(exact) : new Node(null, required);
		}

		private Node sequence() {
			Set<String> run = Set.of("");
			boolean allExact = true;
			List<Set<String>> candidates = new ArrayList<>();
			while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
				Node item = quantified(atom());
				if (item.exact() != null && run.size() * item.exact().size() <= MAX_ALTERNATIVES) {
					run = concatenation(run, item.exact());
					continue;
				}
				candidates.add(run);
				allExact = false;
				if (item.exact() != null) {
					run = item.exact();
					continue;
				}
				if (item.required() != null) {
					candidates.add(item.required());
				}
				run = Set.of("");
			}
			candidates.add(run);
			return allExact ? Node.exactly(run) : new Node(null, mostSelective(candidates));
		}

		/**
		 * The set whose shortest literal is longest, the rarest to find by chance; a
		 * space, found in nearly every line, counts for nothing.
		 */
		private static Set<String> mostSelective(List<Set<String>> candidates) {
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

		private static Set<String> concatenation(Set<String> heads, Set<String> tails) {
			Set<String> joined = new LinkedHashSet<>();
			heads.forEach(head -> tails.forEach(tail -> joined.add(head + tail)));
			return joined;
		}

		private Node quantified(Node atom) {
			if (at >= pattern.length()) {
				return atom;
			}
			char c = pattern.charAt(at);
			int min;
			int max;
			if (c == '?' || c == '*' || c == '+') {
				at++;
				min = c == '+' ? 1 : 0;
				max = c == '?' ? 1 : Integer.MAX_VALUE;
			}
			else if (c == '{') {
				int close = pattern.indexOf('}', at);
				String[] bounds = pattern.substring(at + 1, close).split(",", -1);
				min = Integer.parseInt(bounds[0].strip());
				max = bounds.length == 1 ? min
						: bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
				at = close + 1;
			}
			else {
				return atom;
			}
			if (at < pattern.length() && (pattern.charAt(at) == '?' || pattern.charAt(at) == '+')) {
				at++;
			}
			if (atom.exact() != null && min == 0 && max == 1) {
				Set<String> optional = new LinkedHashSet<>(atom.exact());
				optional.add("");
				return Node.exactly(optional);
			}
			if (min == 0) {
				return Node.UNKNOWN;
			}
			return min == 1 && max == 1 ? atom : new Node(null, atom.required());
		}

		private Node atom() {
			char c = pattern.charAt(at++);
			return switch (c) {
				case '(' -> group();
				case '[' -> characterClass();
				case '\\' -> escape();
				case '.' -> Node.UNKNOWN;
				case '^', '$' -> Node.EMPTY;
				case '*', '+', '?', '{' -> throw new UnsupportedOperationException("dangling quantifier");
				default -> literal(c);
			};
		}

		private Node group() {
			if (pattern.startsWith("?", at)) {
				return specialGroup();
			}
			return closed(alternation());
		}

		private Node specialGroup() {
			at++;
			if (pattern.startsWith("=", at) || pattern.startsWith("<=", at)) {
				at += pattern.charAt(at) == '=' ? 1 : 2;
				return closed(alternation()).asLookaround();
			}
			if (pattern.startsWith("!", at) || pattern.startsWith("<!", at)) {
				at += pattern.charAt(at) == '!' ? 1 : 2;
				closed(alternation());
				return Node.UNKNOWN;
			}
			if (pattern.startsWith(":", at) || pattern.startsWith(">", at)) {
				at++;
				return closed(alternation());
			}
			if (pattern.startsWith("<", at)) {
				at = pattern.indexOf('>', at) + 1;
				return closed(alternation());
			}
			int flagsEnd = at;
			while (flagsEnd < pattern.length()
					&& (Character.isLetter(pattern.charAt(flagsEnd)) || pattern.charAt(flagsEnd) == '-')) {
				flagsEnd++;
			}
			if (pattern.substring(at, flagsEnd).contains("x") || flagsEnd >= pattern.length()) {
				throw new UnsupportedOperationException("comments mode");
			}
			char end = pattern.charAt(flagsEnd);
			if (end != ')' && end != ':') {
				throw new UnsupportedOperationException("unknown group");
			}
			at = flagsEnd + 1;
			return end == ')' ? Node.EMPTY : closed(alternation());
		}

		private Node closed(Node inner) {
			if (at >= pattern.length() || pattern.charAt(at) != ')') {
				throw new UnsupportedOperationException("unclosed group");
			}
			at++;
			return inner;
		}

		/** A class of plain characters ("[oa]", "[ -]") is an alternation of them. */
		private Node characterClass() {
			int start = at;
			int depth = 1;
			boolean plain = pattern.charAt(at) != '^';
			if (pattern.startsWith("]", plain ? at : at + 1)) {
				throw new UnsupportedOperationException("a class opened by ]");
			}
			while (depth > 0) {
				char c = pattern.charAt(at++);
				if (c == '\\') {
					if (pattern.charAt(at) == 'Q') {
						throw new UnsupportedOperationException("quoted class");
					}
					at++;
					plain = false;
				}
				else if (c == '[') {
					depth++;
					plain = false;
				}
				else if (c == ']') {
					depth--;
				}
				else if (c == '&' || (c == '-' && at - 1 > start && pattern.charAt(at) != ']')) {
					plain = false;
				}
			}
			if (!plain) {
				return Node.UNKNOWN;
			}
			Set<String> chars = new LinkedHashSet<>();
			for (int i = start; i < at - 1; i++) {
				Node single = literal(pattern.charAt(i));
				if (single.exact() == null) {
					return Node.UNKNOWN;
				}
				chars.addAll(single.exact());
			}
			return Node.exactly(chars);
		}

		private Node escape() {
			char c = pattern.charAt(at++);
			if (c == 'Q') {
				throw new UnsupportedOperationException("quoted text");
			}
			if ("bBAGzZ".indexOf(c) >= 0) {
				return Node.EMPTY;
			}
			if (Character.isLetterOrDigit(c)) {
				skipEscapeBody(c);
				return Node.UNKNOWN;
			}
			return literal(c);
		}

		/**
		 * Skips what a class, code point or back reference reads after its letter;
		 * reading too far only loses literals, reading too little would invent them.
		 */
		private void skipEscapeBody(char letter) {
			switch (letter) {
				case 'p', 'P', 'N', 'x' -> {
					if (pattern.startsWith("{", at)) {
						at = pattern.indexOf('}', at) + 1;
					}
					else if (letter != 'N') {
						at += letter == 'x' ? 2 : 1;
					}
				}
				case 'k' -> at = pattern.indexOf('>', at) + 1;
				case 'u' -> at += 4;
				case 'c' -> at++;
				default -> {
					while (at < pattern.length() && Character.isDigit(pattern.charAt(at))) {
						at++;
					}
				}
			}
		}

		/**
		 * A character whose folded form folds to itself again compares as its folded
		 * form; any other is left unknown.
		 */
		private static Node literal(char c) {
			char folded = fold(c);
			if (Character.isSurrogate(c) || fold(folded) != folded) {
				return Node.UNKNOWN;
			}
			return Node.exactly(Set.of(String.valueOf(folded)));
		}

	}

}
