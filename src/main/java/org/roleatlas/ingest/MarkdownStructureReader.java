package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;

import org.roleatlas.ingest.Block.Span;
import org.roleatlas.ingest.Block.Type;
import org.roleatlas.taxonomy.TextNormalizer;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Reads the structure of a Markdown body with flexmark: headings, list items (nested ones
 * too; an item's later paragraphs are its description) and paragraphs, each with its
 * source line.
 */
final class MarkdownStructureReader {

	/**
	 * Keeping the document's lines lets a node's line number be looked up; without them
	 * flexmark counts the line ends from the document's start for every node, which took
	 * a twentieth of an article's loading.
	 */
	private static final Parser PARSER = Parser
		.builder(new MutableDataSet().set(Parser.TRACK_DOCUMENT_LINES, true).toImmutable())
		.build();

	public List<Block> read(SourceLines source) {
		// guarded: flexmark's inline parsing is quadratic on some shapes (runs of
		// backticks)
		Document document = PARSER.parse(BasedSequence.of(ParseDeadline.guard(source.body())));
		List<Block> blocks = new ArrayList<>();
		for (Node node : document.getChildren()) {
			add(node, source.firstLine(), blocks);
		}
		return blocks;
	}

	private void add(Node node, int firstLine, List<Block> blocks) {
		int line = node.getStartLineNumber() + firstLine;
		if (node instanceof Heading heading) {
			blocks.add(Block.heading(plainText(heading), line, heading.getLevel()));
		}
		else if (node instanceof ListBlock list) {
			for (Node child : list.getChildren()) {
				if (child instanceof ListItem item) {
					addItem(item, firstLine, blocks);
				}
			}
		}
		else if (node instanceof BlockQuote quote) {
			quote.getChildren().forEach(child -> add(child, firstLine, blocks));
		}
		else if (node instanceof Paragraph && TableRows.isTable(rawLines(node))) {
			blocks.addAll(TableRows.blocks(rawLines(node), line));
		}
		else if (!(node instanceof ThematicBreak)) {
			String text = plainText(node);
			if (!text.isEmpty()) {
				blocks.add(paragraph(node, text, firstLine));
			}
		}
	}

	private void addItem(ListItem item, int firstLine, List<Block> blocks) {
		String text = null;
		List<String> detail = new ArrayList<>();
		List<ListBlock> nested = new ArrayList<>();
		for (Node child : item.getChildren()) {
			if (child instanceof ListBlock list) {
				nested.add(list);
			}
			else if (text == null && child instanceof Paragraph) {
				text = plainText(child);
			}
			else {
				detail.add(plainText(child));
			}
		}
		if (text != null && !text.isEmpty()) {
			Block block = Block.of(Type.LIST_ITEM, text, item.getStartLineNumber() + firstLine);
			blocks.add(detail.isEmpty() ? block : block.withDetail(String.join(" ", detail)));
		}
		nested.forEach(list -> add(list, firstLine, blocks));
	}

	private static List<String> rawLines(Node node) {
		return List.of(node.getChars().toString().strip().split("\\R"));
	}

	private static Block paragraph(Node node, String text, int firstLine) {
		return new Block(Type.PARAGRAPH, text, null, List.of(new Span(0, node.getStartLineNumber() + firstLine)), false,
				0);
	}

	private static String plainText(Node node) {
		return TextNormalizer.normalize(new TextCollectingVisitor().collectAndGetText(node));
	}

}
