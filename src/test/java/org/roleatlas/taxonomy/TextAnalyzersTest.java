package org.roleatlas.taxonomy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each language's analysis (shared with search) meets inflected forms at one token and
 * segments the scripts written without spaces into words.
 */
class TextAnalyzersTest {

	private static final TextAnalyzers analyzers = new TextAnalyzers();

	@AfterAll
	static void close() {
		analyzers.close();
	}

	private static void sameTokens(String lang, String form, String otherForm) {
		assertThat(analyzers.tokens(lang, form)).as(lang + ": " + form + " / " + otherForm)
			.isNotEmpty()
			.isEqualTo(analyzers.tokens(lang, otherForm));
	}

	@Test
	void inflectedFormsMeet() {
		sameTokens("de", "Anforderungen", "Anforderung");
		sameTokens("fr", "journaux", "journal");
		sameTokens("fr", "l'équipe", "équipe");
		sameTokens("es", "prioridades", "prioridad");
		sameTokens("it", "dialoghi", "dialogo");
		sameTokens("it", "dell'analisi", "analisi");
		sameTokens("nl", "prioriteiten", "prioriteit");
		sameTokens("pl", "priorytetów", "priorytety");
		sameTokens("pl", "harmonogramów", "harmonogram");
		sameTokens("en", "strategies", "strategy");
	}

	@Test
	void japaneseIsSegmentedAndReadInItsBaseForm() {
		assertThat(analyzers.tokens("ja", "ロードマップを作った")).containsExactly("ロード", "マップ", "作る");
		assertThat(analyzers.tokens("ja", "プロジェクトマネージャー")).isEqualTo(analyzers.tokens("ja", "プロジェクトマネージャ"));
	}

	@Test
	void chineseIsSegmentedIntoWords() {
		assertThat(analyzers.tokens("zh", "负责制定产品路线图")).contains("负责", "制定", "产品");
	}

	@Test
	void koreanKeepsItsDecompoundingAndRoleNouns() {
		assertThat(analyzers.tokens("ko", "요구사항을 정의합니다")).containsSubsequence("요구", "사항");
	}

}
