package org.roleatlas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.taxonomy.TextNormalizer;

/**
 * What a user typed, read leniently: words, {@code "quoted phrases"} and
 * {@code -excluded} words. Anything else is taken literally; there is no syntax error.
 */
record UserQuery(String text, List<String> phrases, List<String> excluded) {

	private static final Pattern PART = Pattern.compile("\"([^\"]*)\"?|(?<=^|\\s)-(\\S+)|(\\S+)");

	/**
	 * Characters that carry no meaning in a query of ours (they would only upset a query
	 * syntax).
	 */
	private static final Pattern NOISE = Pattern.compile("[\\\\+!(){}\\[\\]^~*?:/|&]+");

	public static UserQuery parse(String raw) {
		String query = TextNormalizer.normalize(raw);
		List<String> words = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		List<String> excluded = new ArrayList<>();
		Matcher m = PART.matcher(query);
		while (m.find()) {
			if (m.group(1) != null) {
				add(phrases, m.group(1));
			}
			else if (m.group(2) != null) {
				add(excluded, m.group(2));
			}
			else {
				add(words, m.group(3));
			}
		}
		return new UserQuery(String.join(" ", words), phrases, excluded);
	}

	private static void add(List<String> parts, String part) {
		String clean = TextNormalizer.normalize(NOISE.matcher(part).replaceAll(" "));
		if (!clean.isEmpty() && !clean.equals("-")) {
			parts.add(clean);
		}
	}

	public boolean isEmpty() {
		return text.isEmpty() && phrases.isEmpty();
	}

}
