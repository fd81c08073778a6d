package org.roleatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the taxonomies against fitting: no entry or pattern of five or more words (ten
 * or more CJK characters) may occur verbatim in the development corpus, because a rule
 * copied from a page only works on that page. Every string value of every file under
 * {@code src/main/resources/taxonomy} is checked whole and, read as a regular expression,
 * by its literal runs. Without the corpus the test is skipped, except under
 * {@code CI=true}.
 */
class TaxonomyVerbatimGuardTest {

	static final int MIN_WORDS = 5;

	static final int MIN_CJK = 10;

	/**
	 * A string of katakana only is a loanword (プロジェクトマネージャー), counted in words like the
	 * English it transliterates: it has no particle that would make it a phrase.
	 */
	private static final Pattern KATAKANA_TERM = Pattern.compile("[\\p{IsKatakana}ー・ ]+");

	@Test
	void noLongTaxonomyEntryOccursVerbatimInTheCorpus() throws IOException {
		Path articles = CorpusEvaluationTest.corpusDir().resolve("articles");
		List<String> corpus = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(articles)) {
			for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
				corpus.add(folded(Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		List<String> entries = taxonomyStrings();
		assertThat(entries).as("taxonomy strings read").hasSizeGreaterThan(500);
		List<String> copied = new ArrayList<>();
		for (String entry : entries) {
			for (String candidate : candidates(entry)) {
				String needle = folded(candidate);
				if (longEnough(needle) && corpus.stream().anyMatch(text -> text.contains(needle))) {
					copied.add(needle + "   (from: " + entry + ")");
				}
			}
		}
		assertThat(copied).as("taxonomy text found verbatim in " + articles).isEmpty();
	}

	@Test
	void literalRunsOfAPatternAreItsTextBetweenRegexSyntax() {
		assertThat(literalRuns("(?i)^(leave a (reply|comment)|your\\s+e-mail will not be shown\\.)$"))
			.containsExactly("leave a ", "reply", "comment", "your e-mail will not be shown.");
		assertThat(literalRuns("\\bcookies? [a-z]{2,} settings")).containsExactly("cookie", " ", " settings");
		assertThat(literalRuns("목차\\s*[:：]?")).containsExactly("목차 ");
	}

	@Test
	void lengthIsCountedInWordsOrInCjkCharacters() {
		assertThat(longEnough("one two three four")).isFalse();
		assertThat(longEnough("one two three four five")).isTrue();
		assertThat(longEnough("プロジェクトマネージャー")).as("one loanword").isFalse();
		assertThat(longEnough("プロジェクトマネージャーの仕事")).isTrue();
		assertThat(longEnough("제품 로드맵 수립")).isFalse();
	}

	private static List<String> candidates(String entry) {
		List<String> candidates = new ArrayList<>();
		candidates.add(entry.replaceFirst("^[~-](?=\\S)", ""));
		candidates.addAll(literalRuns(entry));
		return candidates;
	}

	static boolean longEnough(String text) {
		long words = Stream.of(text.trim().split("\\s+"))
			.filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
			.count();
		long cjk = KATAKANA_TERM.matcher(text).matches() ? 0
				: text.codePoints().filter(TaxonomyVerbatimGuardTest::isCjk).count();
		return words >= MIN_WORDS || cjk >= MIN_CJK;
	}

	/**
	 * Kana, Han and Hangul, and the length mark ー and iteration mark 々 written among
	 * them.
	 */
	private static boolean isCjk(int codePoint) {
		return codePoint == 'ー' || codePoint == '々' || switch (Character.UnicodeScript.of(codePoint)) {
			case HAN, HIRAGANA, KATAKANA, HANGUL -> true;
			default -> false;
		};
	}

	/**
	 * The stretches of a regular expression that match only themselves; {@code \s} reads
	 * as a space, a word boundary as nothing, and an optional or repeated character ends
	 * its run without it.
	 */
	static List<String> literalRuns(String regex) {
		List<String> runs = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		boolean lastIsSpaceClass = false;
		int i = 0;
		while (i < regex.length()) {
			char c = regex.charAt(i);
			if (c == '\\' && i + 1 < regex.length()) {
				char next = regex.charAt(i + 1);
				i += 2;
				if (next == 's') {
					run.append(' ');
					lastIsSpaceClass = true;
					continue;
				}
				if ("bBAzZG".indexOf(next) >= 0) {
					continue;
				}
				if (Character.isLetterOrDigit(next)) {
					if (next == 'p' || next == 'P') {
						i = skipBraces(regex, i);
					}
					flush(run, runs);
				}
				else {
					run.append(next);
				}
				lastIsSpaceClass = false;
				continue;
			}
			if (c == '*' || c == '+' || c == '?' || (c == '{' && quantifierEnd(regex, i) > i)) {
				if (!lastIsSpaceClass) {
					run.setLength(Math.max(0, run.length() - 1));
					flush(run, runs);
				}
				i = c == '{' ? quantifierEnd(regex, i) : i + 1;
				while (i < regex.length() && (regex.charAt(i) == '?' || regex.charAt(i) == '+')) {
					i++;
				}
				lastIsSpaceClass = false;
				continue;
			}
			lastIsSpaceClass = false;
			if (c == '[') {
				flush(run, runs);
				i = classEnd(regex, i);
				continue;
			}
			if (c == '(') {
				flush(run, runs);
				i = groupBodyStart(regex, i);
				continue;
			}
			if ("|)^$.".indexOf(c) >= 0) {
				flush(run, runs);
				i++;
				continue;
			}
			run.append(c);
			i++;
		}
		flush(run, runs);
		return runs;
	}

	private static void flush(StringBuilder run, List<String> runs) {
		String text = run.toString().replaceAll("\\s+", " ");
		if (!text.isEmpty()) {
			runs.add(text);
		}
		run.setLength(0);
	}

	/** After "(", "(?:", "(?i)", "(?<name>", "(?=" … */
	private static int groupBodyStart(String regex, int open) {
		if (open + 1 < regex.length() && regex.charAt(open + 1) == '?') {
			int i = open + 2;
			if (i < regex.length() && regex.charAt(i) == '<' && i + 1 < regex.length()
					&& Character.isLetter(regex.charAt(i + 1))) {
				return regex.indexOf('>', i) + 1;
			}
			while (i < regex.length() && "=!<>:)".indexOf(regex.charAt(i)) < 0) {
				i++;
			}
			while (i < regex.length() && "=!<".indexOf(regex.charAt(i)) >= 0) {
				i++;
			}
			return Math.min(regex.length(), i + (i < regex.length() && regex.charAt(i) == ':' ? 1 : 0));
		}
		return open + 1;
	}

	private static int classEnd(String regex, int open) {
		int depth = 0;
		for (int i = open; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (c == '[') {
				depth++;
			}
			else if (c == ']' && --depth == 0) {
				return i + 1;
			}
		}
		return regex.length();
	}

	private static int skipBraces(String regex, int at) {
		return at < regex.length() && regex.charAt(at) == '{' ? regex.indexOf('}', at) + 1 : at + 1;
	}

	/** The index after "{2}", "{1,40}", "{2,}" at {@code open}, else {@code open}. */
	private static int quantifierEnd(String regex, int open) {
		int close = regex.indexOf('}', open);
		return close > open && regex.substring(open + 1, close).matches("\\d+(,\\d*)?") ? close + 1 : open;
	}

	private static String folded(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

	private static List<String> taxonomyStrings() throws IOException {
		Path folder = Path.of(CorpusEvaluationTest.projectDir(), "src", "main", "resources", "taxonomy");
		List<String> strings = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
				try (InputStream in = Files.newInputStream(file)) {
					collect(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), strings);
				}
			}
		}
		return strings;
	}

	private static void collect(Object yaml, List<String> strings) {
		if (yaml instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				collect(key, strings);
				collect(value, strings);
			});
		}
		else if (yaml instanceof List<?> list) {
			list.forEach(value -> collect(value, strings));
		}
		else if (yaml instanceof String text) {
			strings.add(text);
		}
	}

}
