package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.roleatlas.ingest.Block.Span;
import org.roleatlas.ingest.Block.Type;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Where a paragraph of glued plain-text lines splits at a line that heads the rest. */
class GluedHeadingsTest {

	/**
	 * A paragraph of the lines, numbered from 10, as the plain-text reader glues them.
	 */
	private static Block paragraph(String... lines) {
		StringBuilder text = new StringBuilder();
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				text.append(' ');
			}
			spans.add(new Span(text.length(), 10 + i));
			text.append(lines[i]);
		}
		return new Block(Type.PARAGRAPH, text.toString(), null, spans, false, 0);
	}

	@Test
	void aFaqSplitsAtEachQuestion() {
		Block faq = paragraph("What does a product owner do?", "They order the backlog.", "Who do they report to?",
				"Usually to a head of product.", "Sometimes to the CTO.");
		assertThat(GluedHeadings.split(faq)).extracting(Block::text, Block::line, b -> b.spans().size())
			.containsExactly(tuple("What does a product owner do?", 10, 1), tuple("They order the backlog.", 11, 1),
					tuple("Who do they report to?", 12, 1),
					tuple("Usually to a head of product. Sometimes to the CTO.", 13, 2));
	}

	@Test
	void aShortFirstLineOverASentenceHeadsIt() {
		Block glued = paragraph("Aufgaben", "Der Product Owner pflegt das Product Backlog und priorisiert es.");
		assertThat(GluedHeadings.split(glued)).extracting(Block::text)
			.containsExactly("Aufgaben", "Der Product Owner pflegt das Product Backlog und priorisiert es.");
	}

	@Test
	void aWrappedSentenceStaysOneParagraph() {
		Block wrapped = paragraph("The product owner orders the backlog so that", "the team builds what matters.");
		assertThat(GluedHeadings.split(wrapped)).containsExactly(wrapped);
		Block goesOn = paragraph("In short:", "The product owner orders the backlog so that the team builds.");
		assertThat(GluedHeadings.split(goesOn)).containsExactly(goesOn);
	}

}
