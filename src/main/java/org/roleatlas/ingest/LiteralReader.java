package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads off a Java regular expression's syntax the literals one of which every match must
 * contain, for {@link RequiredLiterals}: a literal run is multiplied out over its
 * alternatives, a quantified part needs what it needs once, a lookahead's literals are in
 * the text too. What it does not read (classes, {@code \p{L}}, back references) needs
 * nothing, which only weakens the test.
 */
final class LiteralReader {

	/** Above this many alternatives, a run of literals is not multiplied out further. */
	private static final int MAX_ALTERNATIVES = 32;

	private final String pattern;

	private int at;

	private LiteralReader(String pattern) {
		this.pattern = pattern;
	}

	/**
	 * The literals one of which every match of the pattern contains, case-folded; null
	 * when the syntax says nothing.
	 * @throws UnsupportedOperationException for syntax it cannot read
	 */
	static Set<String> required(String pattern) {
		LiteralReader reader = new LiteralReader(pattern);
		Set<String> required = reader.alternation().required();
		return reader.at == pattern.length() ? required : null;
	}

	private PatternPart alternation() {
		List<PatternPart> branches = new ArrayList<>();
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
		for (PatternPart branch : branches) {
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
		return exact != null ? PatternPart.exactly(exact) : new PatternPart(null, required);
	}

	private PatternPart sequence() {
		Set<String> run = Set.of("");
		boolean allExact = true;
		List<Set<String>> candidates = new ArrayList<>();
		while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
			PatternPart item = quantified(atom());
			if (item.exact() != null && run.size() * item.exact().size() <= MAX_ALTERNATIVES) {
				run = PatternPart.concatenation(run, item.exact());
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
		return allExact ? PatternPart.exactly(run) : new PatternPart(null, PatternPart.mostSelective(candidates));
	}

	private PatternPart quantified(PatternPart atom) {
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
			return PatternPart.exactly(optional);
		}
		if (min == 0) {
			return PatternPart.UNKNOWN;
		}
		return min == 1 && max == 1 ? atom : new PatternPart(null, atom.required());
	}

	private PatternPart atom() {
		char c = pattern.charAt(at++);
		return switch (c) {
			case '(' -> group();
			case '[' -> characterClass();
			case '\\' -> escape();
			case '.' -> PatternPart.UNKNOWN;
			case '^', '$' -> PatternPart.EMPTY;
			case '*', '+', '?', '{' -> throw new UnsupportedOperationException("dangling quantifier");
			default -> literal(c);
		};
	}

	private PatternPart group() {
		if (pattern.startsWith("?", at)) {
			return specialGroup();
		}
		return closed(alternation());
	}

	private PatternPart specialGroup() {
		at++;
		if (pattern.startsWith("=", at) || pattern.startsWith("<=", at)) {
			at += pattern.charAt(at) == '=' ? 1 : 2;
			return closed(alternation()).asLookaround();
		}
		if (pattern.startsWith("!", at) || pattern.startsWith("<!", at)) {
			at += pattern.charAt(at) == '!' ? 1 : 2;
			closed(alternation());
			return PatternPart.UNKNOWN;
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
		return end == ')' ? PatternPart.EMPTY : closed(alternation());
	}

	private PatternPart closed(PatternPart inner) {
		if (at >= pattern.length() || pattern.charAt(at) != ')') {
			throw new UnsupportedOperationException("unclosed group");
		}
		at++;
		return inner;
	}

	/** A class of plain characters ("[oa]", "[ -]") is an alternation of them. */
	private PatternPart characterClass() {
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
			return PatternPart.UNKNOWN;
		}
		Set<String> chars = new LinkedHashSet<>();
		for (int i = start; i < at - 1; i++) {
			PatternPart single = literal(pattern.charAt(i));
			if (single.exact() == null) {
				return PatternPart.UNKNOWN;
			}
			chars.addAll(single.exact());
		}
		return PatternPart.exactly(chars);
	}

	private PatternPart escape() {
		char c = pattern.charAt(at++);
		if (c == 'Q') {
			throw new UnsupportedOperationException("quoted text");
		}
		if ("bBAGzZ".indexOf(c) >= 0) {
			return PatternPart.EMPTY;
		}
		if (Character.isLetterOrDigit(c)) {
			skipEscapeBody(c);
			return PatternPart.UNKNOWN;
		}
		return literal(c);
	}

	/**
	 * Skips what a class, code point or back reference reads after its letter; reading
	 * too far only loses literals, reading too little would invent them.
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
	 * A character whose folded form folds to itself again compares as its folded form;
	 * any other is left unknown.
	 */
	private static PatternPart literal(char c) {
		char folded = RequiredLiterals.fold(c);
		if (Character.isSurrogate(c) || RequiredLiterals.fold(folded) != folded) {
			return PatternPart.UNKNOWN;
		}
		return PatternPart.exactly(Set.of(String.valueOf(folded)));
	}

}
