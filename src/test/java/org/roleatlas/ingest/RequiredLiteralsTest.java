package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
		assertThat(RequiredLiterals.of(Pattern.compile(regex)).mayMatch(RequiredLiterals.fold(text)))
			.isEqualTo(mayMatch);
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
		for (Pattern pattern : patterns) {
			RequiredLiterals literals = RequiredLiterals.of(pattern);
			for (String line : lines) {
				if (pattern.matcher(line).find()) {
					matches++;
					assertThat(literals.mayMatch(RequiredLiterals.fold(line))).as(pattern + " on " + line).isTrue();
				}
			}
		}
		assertThat(matches).isGreaterThan(100);
	}

}
