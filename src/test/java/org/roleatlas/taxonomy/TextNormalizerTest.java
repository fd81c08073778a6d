package org.roleatlas.taxonomy;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored text keeps its characters; comparison keys and slugs fold them. */
class TextNormalizerTest {

	@Test
	void storedTextIsNfcAndKeepsCircledAndSuperscriptDigits() {
		assertThat(TextNormalizer.normalize("①\u00A0요구사항 정의  m⁶")).isEqualTo("① 요구사항 정의 m⁶");
		assertThat(TextNormalizer.normalize("Cafe\u0301")).isEqualTo("Café");
		assertThat(TextNormalizer.normalize("ＰＭ ｶﾞｲﾄﾞ ﬁ ㎏")).as("only width variants fold").isEqualTo("PM ガイド ﬁ ㎏");
		assertThat(TextNormalizer.normalize("PRD（要求仕様書）の作成，１２名")).as("full-width punctuation stays")
			.isEqualTo("PRD（要求仕様書）の作成，12名");
	}

	@Test
	void comparisonKeysAreNfkc() {
		assertThat(TextNormalizer.comparisonKey("① Ｒｏａｄｍａｐ.")).isEqualTo(TextNormalizer.comparisonKey("1 roadmap"));
		assertThat(PhraseMatch.fold("ＰＭの仕事")).isEqualTo("pmの仕事");
	}

	@Test
	void slugsStripOnlyLatinDiacritics() {
		assertThat(TextNormalizer.slugify("Chef de Projet Économique")).isEqualTo("chef-de-projet-economique");
		assertThat(TextNormalizer.slugify("プロダクトマネージャー")).isEqualTo("プロダクトマネージャー");
		assertThat(TextNormalizer.slugify("Kierownik Projektów")).isEqualTo("kierownik-projektow");
		assertThat(TextNormalizer.slugify("기획자 (서비스)")).isEqualTo("기획자-서비스");
		assertThat(TextNormalizer.slugify("Ｇｒｏｗｔｈ Hacker")).isEqualTo("growth-hacker");
	}

	@Test
	void conceptTokensAreComparedInTheCompatibilityForm() {
		try (TextAnalyzers analyzers = new TextAnalyzers()) {
			assertThat(analyzers.tokens("en", "Ｒｏａｄｍａｐｓ")).isEqualTo(analyzers.tokens("en", "roadmaps"));
		}
	}

	@Test
	void everyKindOfWhitespaceRunIsOneSpace() {
		assertThat(TextNormalizer.collapseWhitespace("a \t\n\u000B\f\rb")).isEqualTo("a b");
		assertThat(TextNormalizer.collapseWhitespace("a\u00A0b\u2028c\u2029d\u3000e\u200Bf\uFEFFg"))
			.isEqualTo("a b c d e f g");
		assertThat(TextNormalizer.collapseWhitespace("  lead and trail  ")).isEqualTo(" lead and trail ");
		assertThat(TextNormalizer.normalize("\u00A0 Product\u3000 owner \u200B")).isEqualTo("Product owner");
	}

	@Test
	void controlsAndZeroWidthJoinersAreNotWhitespace() {
		assertThat(TextNormalizer.collapseWhitespace("a\u0085b\u200Cc\u200Dd\u0001e"))
			.isEqualTo("a\u0085b\u200Cc\u200Dd\u0001e");
	}

	@Test
	void whitespaceIsAsciiSpaceZeroWidthSpaceTheBomOrASeparatorOfAnyBlock() {
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			boolean whitespace = c == ' ' || (c >= '\t' && c <= '\r') || c == '\u200B' || c == '\uFEFF'
					|| Character.isSpaceChar(c);
			assertThat(TextNormalizer.collapseWhitespace("a" + c + "b")).as("U+%04X", (int) c)
				.isEqualTo(whitespace ? "a b" : "a" + c + "b");
		}
	}

	@Test
	void asciiTextIsLeftAsItIsByBothNormalFormsTheFastPathSkips() {
		StringBuilder ascii = new StringBuilder();
		for (char c = 0; c < 0x80; c++) {
			ascii.append(c).append("a").append(c);
		}
		assertThat(Normalizer.normalize(ascii, Normalizer.Form.NFKC)).isEqualTo(ascii.toString());
		assertThat(Normalizer.normalize(ascii, Normalizer.Form.NFC)).isEqualTo(ascii.toString());
		assertThat(TextNormalizer.compatibilityForm(" Product\tOwner  ")).isEqualTo("Product Owner");
		assertThat(TextNormalizer.compatibilityForm("Ｐｒｏｄｕｃｔ ①")).isEqualTo("Product 1");
	}

	@Test
	void wordCharactersAreLettersAndDigitsOfAnyScript() {
		for (int c = 0; c < 0x3100; c++) {
			assertThat(PhraseMatch.isWordChar(c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit(c));
		}
	}

}
