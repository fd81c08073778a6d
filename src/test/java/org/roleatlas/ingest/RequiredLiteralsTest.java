package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roleatlas.taxonomy.Taxonomy.ChromeRule;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prefilter of the chrome rules: it may only rule out lines a pattern cannot match.
 */
class RequiredLiteralsTest {

	@ParameterizedTest
	@CsvSource(delimiter = ';', textBlock = """
			(?i)\\bmay (also )?refer to\\b ; It MAY ALSO REFER TO a role ; true
			(?i)\\bmay (also )?refer to\\b ; Plans the roadmap ; false
			(?i)(©|all rights reserved) ; ALL RIGHTS RESERVED 2024 ; true
			^(?=.{1,80}$)(?=.*\\b(?:full|part)-time) ; Berlin · Vollzeit ; false
			^(?=.{1,80}$)(?=.*\\b(?:full|part)-time) ; Berlin · part-time ; true
			(?iu)publicad[oa] hace ; PUBLICADA hace 3 días ; true
			(?iu)publicad[oa] hace ; publicadx hace ; false
			\\p{Lu}\\p{Ll}+ is founder ; Anna is the founder ; false
			\\Qa+b\\E ; no literal read ; true
			\\p{L}+ ; any word ; true
			\\u0041bc ; Abc ; true
			(\\w)-\\1\\d ; a-a1 ; true
			""")
	void rulesOutOnlyTextWithoutTheWordsAMatchNeeds(String regex, String text, boolean mayMatch) {
		assertThat(RequiredLiterals.of(List.of(Pattern.compile(regex))).mayMatch(RequiredLiterals.fold(text)).get(0))
			.isEqualTo(mayMatch);
	}

	@Test
	void namesEachPatternThatMayMatchInOnePass() {
		RequiredLiterals literals = RequiredLiterals.of(Stream
			.of("(?i)(©|all rights reserved)", "(?i)^(share|tweet)", "\\p{L}+", "(?i)cookies?", "→", "(?i)posted by")
			.map(Pattern::compile)
			.toList());
		assertThat(literals.mayMatch(RequiredLiterals.fold("Share → © 2024, ALL RIGHTS RESERVED")))
			.isEqualTo(BitSet.valueOf(new long[] { 0b10111 }));
		assertThat(literals.mayMatch(RequiredLiterals.fold("Cookie settings posted b")))
			.isEqualTo(BitSet.valueOf(new long[] { 0b1100 }));
		assertThat(literals.mayMatch("")).isEqualTo(BitSet.valueOf(new long[] { 0b100 }));
	}

	@Test
	void everyCharacterIsMatchedCaseInsensitivelyByItsFold() {
		// the character stands in a rule and its fold in the folded line: alone (one
		// character compared) and in a run (a literal slice compared)
		int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			if (!Character.isSurrogate(c)) {
				String folded = String.valueOf(RequiredLiterals.fold(c));
				assertThat(Pattern.compile(Pattern.quote(String.valueOf(c)), flags).matcher(folded).matches())
					.as("U+%04X", (int) c)
					.isTrue();
				assertThat(Pattern.compile(Pattern.quote("a" + c), flags).matcher("a" + folded).matches())
					.as("a U+%04X", (int) c)
					.isTrue();
			}
		}
		assertThat(RequiredLiterals.fold("ÀB Straße İ")).isEqualTo("àb straße i");
	}

	@Test
	void neverRulesOutALineAChromeRuleMatchesInTheSeedsAndTheCorpus() throws IOException {
		List<String> lines = new ArrayList<>();
		for (Path folder : List.of(Path.of("content"), CorpusEvaluationTest.corpusDir().resolve("articles"))) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					lines.addAll(Files.readAllLines(file));
				}
			}
		}
		List<Pattern> patterns = new ArrayList<>();
		for (ChromeRule rule : LoaderFixture.TAXONOMY.chrome().lineRules()) {
			patterns.add(rule.pattern());
			if (rule.continues() != null) {
				patterns.add(rule.continues());
			}
		}
		int matches = 0;
		RequiredLiterals literals = RequiredLiterals.of(patterns);
		for (String line : lines) {
			BitSet possible = literals.mayMatch(RequiredLiterals.fold(line));
			for (int p = 0; p < patterns.size(); p++) {
				if (patterns.get(p).matcher(line).find()) {
					matches++;
					assertThat(possible.get(p)).as(patterns.get(p) + " on " + line).isTrue();
				}
			}
		}
		assertThat(matches).isGreaterThan(100);
	}

}
