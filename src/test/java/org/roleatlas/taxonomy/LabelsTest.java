package org.roleatlas.taxonomy;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of a role's or concept's two labels a locale reads: "-" is a missing Korean
 * label.
 */
class LabelsTest {

	@ParameterizedTest
	@CsvSource({ "ko, Roadmap, 로드맵, 로드맵, Roadmap", "ko-KR, Roadmap, 로드맵, 로드맵, Roadmap",
			"en, Roadmap, 로드맵, Roadmap, 로드맵", "sv, Roadmap, 로드맵, Roadmap, 로드맵", "ja, Roadmap, 로드맵, Roadmap, 로드맵",
			"ko, Growth PM, -, Growth PM, Growth PM", "en, Growth PM, -, Growth PM, -" })
	void aKoreanLocaleReadsTheKoreanLabelAndEveryOtherTheEnglish(String tag, String en, String ko, String label,
			String other) {
		Locale locale = Locale.forLanguageTag(tag);
		String korean = "-".equals(ko) ? null : ko;
		assertThat(Labels.label(locale, en, korean)).isEqualTo(label);
		assertThat(Labels.labelIn(locale.getLanguage(), en, korean)).isEqualTo(label);
		assertThat(Labels.otherLabel(locale, en, korean)).isEqualTo("-".equals(other) ? null : other);
	}

}
