package org.roleatlas.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.roleatlas.ingest.Block.Span;
import org.roleatlas.ingest.Block.Type;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which blocks are a table of contents, found on blocks as the structure readers give
 * them.
 */
class TableOfContentsTest {

	private final TableOfContents contents = new TableOfContents(List.of("contents", "목차"));

	private static Block heading(String text, int line) {
		return Block.heading(text, line, 2);
	}

	private static Block item(String text, int line) {
		return Block.of(Type.LIST_ITEM, text, line);
	}

	private static Block paragraph(String text, int line) {
		return Block.of(Type.PARAGRAPH, text, line);
	}

	@Test
	void aListRepeatingTheLaterHeadingsIsContentsButTheSameListWithoutThemIsNot() {
		List<Block> blocks = List.of(heading("Product Owner", 1), item("1 Overview", 2),
				item("2.1 Responsibilities", 3), item("Skills", 4), heading("Overview", 6),
				paragraph("A product owner orders the backlog.", 7), heading("Responsibilities", 8),
				item("Order the product backlog", 9), heading("Skills", 10), item("Negotiation", 11));
		assertThat(contents.find(blocks).stream().boxed().toList()).containsExactly(1, 2, 3);
		assertThat(contents.find(blocks.subList(0, 4)).isEmpty()).isTrue();
	}

	@Test
	void aContentsHeadingIsDroppedWithTheLinesUnderItThatRepeatHeadings() {
		Block lines = new Block(Type.PARAGRAPH, "Overview Responsibilities", null,
				List.of(new Span(0, 3), new Span(9, 4)), false, 0);
		List<Block> blocks = List.of(heading("목차:", 2), lines, heading("Overview", 6), paragraph("Text.", 7),
				heading("Responsibilities", 8), paragraph("More text.", 9));
		assertThat(contents.find(blocks).stream().boxed().toList()).containsExactly(0, 1);
	}

	@Test
	void aContentsLineWithItsEntriesGluedUnderItIsContents() {
		Block glued = new Block(Type.PARAGRAPH, "Contents 1 Overview 2 Skills", null,
				List.of(new Span(0, 1), new Span(9, 2), new Span(20, 3)), false, 0);
		List<Block> blocks = List.of(glued, heading("Overview", 5), paragraph("Text.", 6), heading("Skills", 7));
		assertThat(contents.find(blocks).stream().boxed().toList()).containsExactly(0);
	}

	@Test
	void aListOfTasksThatNamesOneHeadingIsNotContents() {
		List<Block> blocks = List.of(item("Write the roadmap", 1), item("Skills of negotiation", 2),
				item("Order the backlog", 3), heading("Skills", 5));
		assertThat(contents.find(blocks).isEmpty()).isTrue();
	}

	@Test
	void aHeadingIsOneOfThePhrasesWhateverItsCaseAndClosingColon() {
		assertThat(TableOfContents.isOneOf("Contents:", List.of("contents"))).isTrue();
		assertThat(TableOfContents.isOneOf("Contents of the box", List.of("contents"))).isFalse();
	}

}
