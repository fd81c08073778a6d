package org.roleatlas.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectorTest {

	private final LanguageDetector detector = new LanguageDetector(LoaderFixture.TAXONOMY.stopwords());

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ko | 프로덕트 오너는 팀과 함께 백로그를 정리합니다
			ja | 開発チームと一緒にバックログの優先順位を決めます
			zh | 产品经理负责规划产品路线图并与开发团队沟通需求
			zh | 产品经理の职责是规划产品路线图以及与开发团队沟通需求
			en | The owner of the product decides what the team builds next and why it matters
			de | Die Produktmanagerin ist für die Roadmap verantwortlich und spricht mit den Kunden
			fr | Elle est responsable de la feuille de route et elle travaille avec les équipes
			es | El responsable del producto trabaja con los equipos y define la estrategia
			pt | Ela é responsável pelo roteiro e trabalha com as equipes de desenvolvimento
			sv | Hon ansvarar för färdplanen och arbetar med teamen varje vecka
			it | Il responsabile di prodotto lavora con gli sviluppatori e definisce la strategia della piattaforma
			nl | De productmanager is verantwoordelijk voor de roadmap en werkt samen met het team
			pl | Kierownik produktu odpowiada za strategię i współpracuje z zespołem, który tworzy aplikację
			""")
	void tellsEachLanguageFromItsScriptOrFunctionWords(String lang, String text) {
		assertThat(detector.detect(text).lang()).isEqualTo(lang);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ja | 役割 と スキル
			zh | 职责与技能
			""")
	void kanaAmongHanIsJapaneseAndHanAloneIsChineseButNotConfident(String lang, String text) {
		var detection = detector.detect(text);
		assertThat(detection.lang()).isEqualTo(lang);
		assertThat(detection.confident()).isEqualTo(lang.equals("ja"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Product Vision
			de la
			""")
	void shortOrSharedWordsAreNotConfident(String text) {
		assertThat(detector.detect(text).confident()).isFalse();
	}

}
