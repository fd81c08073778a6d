package org.roleatlas.taxonomy;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cheap test before the role-name patterns run: it lets through every place a pattern
 * can match (a first word at the start of a word, case folded as the patterns fold it)
 * and turns away words inside words and acronyms in another case.
 */
class NameProbesTest {

	private final NameProbes probes = new NameProbes(List.of("PM", "IT", "Product", "기획자"),
			List.of(true, false, false, false));

	private List<Integer> tried(String text) {
		BitSet names = probes.namesPossiblyIn(text);
		return names.stream().boxed().toList();
	}

	@Test
	void aFirstWordInsideAWordIsNotTried() {
		assertThat(tried("development with reproducts")).isEmpty();
	}

	@Test
	void anAcronymIsTriedAsWrittenOnly() {
		assertThat(tried("the PM, (PM)")).containsExactly(0);
		assertThat(tried("the pm and Pm")).isEmpty();
	}

	@Test
	void otherNamesAreTriedInAnyCaseAfterPunctuationOrOtherScripts() {
		assertThat(tried("IT-Manager")).containsExactly(1);
		assertThat(tried("«PRODUCT owner»")).containsExactly(2);
		assertThat(tried("제품product")).containsExactly(2);
		assertThat(tried("PRODUCTS 2product")).containsExactly(2);
	}

	@Test
	void foldingIsThatOfTheCaseInsensitivePatterns() {
		// The long s folds to s, the Kelvin sign to k, as Pattern.UNICODE_CASE reads
		// them.
		for (String[] nameAndText : new String[][] { { "Ops", "Op\u017F" }, { "Kit", "\u212Ait" } }) {
			assertThat(Pattern.compile(nameAndText[0], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(nameAndText[1])
				.matches()).isTrue();
			assertThat(new NameProbes(List.of(nameAndText[0]), List.of(false)).namesPossiblyIn(nameAndText[1]).get(0))
				.as(nameAndText[1])
				.isTrue();
		}
	}

	@Test
	void everyAsciiCharacterFoldsAsThePatternsFoldIt() {
		for (char c = 0; c < 0x80; c++) {
			String name = String.valueOf(c);
			String upper = name.toUpperCase(Locale.ROOT);
			boolean patternMatches = Pattern
				.compile(Pattern.quote(name), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
				.matcher(upper)
				.matches();
			assertThat(new NameProbes(List.of(name + "x"), List.of(false)).namesPossiblyIn(upper + "X").get(0))
				.as("U+%04X", (int) c)
				.isEqualTo(patternMatches);
		}
	}

	@Test
	void hangulNamesAreTriedAfterASpaceOrHangul() {
		assertThat(tried("우리 기획자는")).containsExactly(3);
		assertThat(tried("a기획자")).isEmpty();
	}

}
