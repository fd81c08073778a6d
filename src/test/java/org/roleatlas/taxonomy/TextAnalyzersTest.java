package org.roleatlas.taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

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

	/**
	 * The languages that share the standard tokenizer are analysed through one
	 * tokenization and remembered words; each must still give exactly the tokens of its
	 * own analyzer, on the seed articles and on words that elide, possess, stop or run
	 * long, every line read twice so that the remembered words answer too.
	 */
	@Test
	void oneTokenizationForManyLanguagesGivesEachItsOwnTokens() throws IOException {
		List<String> lines = sampleLines();
		List<String> langs = List.copyOf(LanguageAnalysis.byLanguage().keySet());
		try (TextAnalyzers fresh = new TextAnalyzers()) {
			for (int pass = 0; pass < 2; pass++) {
				for (String line : lines) {
					Map<String, List<String>> shared = fresh.tokensByLanguage(langs, line);
					langs.forEach(lang -> assertThat(shared.get(lang)).as(lang + ": " + line)
						.isEqualTo(analyzers.tokens(lang, line)));
				}
			}
		}
	}

	/**
	 * Concept matching skips the Korean, Chinese and Japanese analyses of a text of
	 * Latin-1 characters when no keyword's first token stands in it: sound only while
	 * every token of letters and digits they make of such a text is a lower-cased piece
	 * of it.
	 */
	@Test
	void koreanChineseAndJapaneseTokensOfLatinTextArePiecesOfIt() throws IOException {
		assertThat(LanguageAnalysis.byLanguage().keySet().stream().filter(analyzers::piecesOfLatin1Text))
			.containsExactlyInAnyOrder("ko", "zh", "ja");
		int latinLines = 0;
		for (String line : sampleLines()) {
			String compatible = TextNormalizer.compatibilityForm(line);
			if (!compatible.chars().allMatch(c -> c <= 0xFF)) {
				continue;
			}
			latinLines++;
			String lowerCase = compatible.toLowerCase(Locale.ROOT);
			for (String lang : List.of("ko", "zh", "ja")) {
				assertThat(analyzers.tokens(lang, line)).as(lang + ": " + line)
					.filteredOn(token -> token.chars().allMatch(Character::isLetterOrDigit))
					.allMatch(lowerCase::contains);
			}
		}
		assertThat(latinLines).isGreaterThan(20);
	}

	/**
	 * The seed articles' lines, the labelled corpus's when it is next to the project, and
	 * words that elide, possess, stop or run long.
	 */
	private static List<String> sampleLines() throws IOException {
		List<String> lines = new ArrayList<>(
				List.of("The product owner's backlog isn't the team's, l'équipe dell'analisi",
						"Anforderungen der Produktstrategie; prioridades e estratégias, wizja produktów",
						"3.5 U.S.A. e-mail https://example.org/a_b x".repeat(3) + "y".repeat(300),
						"ＣＰＯ ① İstanbul ΣΊΣΥΦΟΣ", "Ærø façade naïve ½ µ-Service ÿ Straße SQL/KPI's O'Neil"));
		for (Path folder : List.of(Path.of("content"), Path.of("..", "shared", "corpus", "articles"))) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					lines.addAll(Files.readAllLines(file));
				}
			}
		}
		return lines;
	}

}
