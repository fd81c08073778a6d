package org.roleatlas.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.ingest.Block.Span;
import org.roleatlas.ingest.Sentences.Sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Sentences end where the language's sentences end, not at every period. */
class SentencesTest {

	private static List<String> split(String text, String lang) {
		return Sentences.of(Block.of(Block.Type.PARAGRAPH, text, 1), lang).stream().map(Sentence::text).toList();
	}

	@Test
	void abbreviationsDoNotEndASentence() {
		assertThat(split("Designer vs. Developer: who owns the flow? Tools, e.g. Figma, are shared.", "en"))
			.containsExactly("Designer vs. Developer: who owns the flow?", "Tools, e.g. Figma, are shared.");
		assertThat(split("She moved to the U.S. Department of Energy in 3.5 years. Then she left.", "en"))
			.containsExactly("She moved to the U.S. Department of Energy in 3.5 years.", "Then she left.");
		assertThat(split("Er leitet z.B. Workshops bzw. Reviews. Danach plant er.", "de"))
			.containsExactly("Er leitet z.B. Workshops bzw. Reviews.", "Danach plant er.");
	}

	@Test
	void fullStopsWithoutASpaceEndJapaneseAndChineseSentences() {
		assertThat(split("計画を立てる。チームを率いる！", "ja")).containsExactly("計画を立てる。", "チームを率いる！");
		assertThat(split("负责路线图。管理团队。", "zh")).containsExactly("负责路线图。", "管理团队。");
	}

	@Test
	void aSentenceEndingInAnOrdinaryWordStillEnds() {
		assertThat(split("The team ships it. Next it measures.", "en")).containsExactly("The team ships it.",
				"Next it measures.");
	}

	@Test
	void eachSentenceKeepsTheLineItStartsOn() {
		Block block = new Block(Block.Type.PARAGRAPH, "First one. Second one.", null,
				List.of(new Span(0, 4), new Span(11, 5)), false, 0);
		assertThat(Sentences.of(block, "en")).extracting(Sentence::text, Sentence::line)
			.containsExactly(tuple("First one.", 4), tuple("Second one.", 5));
	}

}
