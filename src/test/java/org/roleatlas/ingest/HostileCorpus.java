package org.roleatlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hostile corpus: every file shape that once stopped the portal, made the loader run
 * for minutes or served text it should not have, generated here rather than stored (the
 * largest is 20 MB), each with the notice code it must be rejected with, or
 * {@link #LOADS} when it must load.
 */
final class HostileCorpus {

	static final String LOADS = "loads";

	/**
	 * A small article every hostile variant keeps, so that a rejection is the shape's
	 * doing.
	 */
	static final String ARTICLE = """
			# Product Owner

			The product owner owns the backlog and works with the team every day.

			## Responsibilities

			- Prioritise the product backlog
			- Write user stories with the team
			""";

	private HostileCorpus() {
	}

	/** File name to content and expected outcome. */
	static Map<String, Case> cases() {
		Map<String, Case> cases = new LinkedHashMap<>();
		cases.put("quote-list.md", text("> - ".repeat(1000), "nestingTooDeep"));
		cases.put("long-line.md", text(ARTICLE + words(18_000) + "\n", "lineTooLong"));
		cases.put("deep-quotes.md", text(ARTICLE + ">".repeat(1500) + " deep\n", "nestingTooDeep"));
		cases.put("deep-lists.md", text(ARTICLE + nestedLists(1000), "nestingTooDeep"));
		cases.put("billion-laughs.md", text(referenceLaughs(1_800_000), "tooManyReferences"));
		cases.put("backticks.md", text("`".repeat(320_000), "lineTooLong"));
		cases.put("backtick-lines.md", text(ARTICLE + backtickParagraph(320_000, 5000), "parseTooSlow"));
		cases.put("bullets.md", text(ARTICLE + "- roadmap item\n".repeat(100_000), "tooManyItems"));
		cases.put("headings.md", text(ARTICLE + "## Heading\n\ntext\n\n".repeat(50_000), "tooManySections"));
		cases.put("empty.md", new Case(new byte[0], "emptyFile"));
		cases.put("whitespace.md", text(" \n\t\n   \r\n", "emptyFile"));
		cases.put("binary.txt", new Case(new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 8, 'x', 0 }, "binaryContent"));
		cases.put("invalid-utf8.md",
				new Case(new byte[] { '#', ' ', 'P', 'O', '\n', (byte) 0xc3, '(', '\n' }, "notUtf8"));
		cases.put("bom.md", text("\uFEFF" + ARTICLE, LOADS));
		cases.put("crlf.md", text(ARTICLE.replace("\n", "\r\n"), LOADS));
		cases.put("cr.md", text(ARTICLE.replace("\n", "\r"), LOADS));
		cases.put("huge.md",
				text(ARTICLE + "Product owners prioritise.\n".repeat(20 * 1024 * 1024 / 27), "fileTooLarge"));
		cases.put("front-matter-broken.md", text("---\ntitle: [unclosed\n---\n" + ARTICLE, "frontMatterInvalidYamlAt"));
		cases.put("front-matter-unclosed.md", text("---\ntitle: x\n" + ARTICLE, "frontMatterNotClosed"));
		cases.put("front-matter-list.md", text("---\n- a\n- b\n---\n" + ARTICLE, "frontMatterNotAMapping"));
		cases.put("front-matter-scalar.md", text("---\njust a line\n---\n" + ARTICLE, "frontMatterNotAMapping"));
		cases.put("yaml-aliases.md", text("---\n" + yamlLaughs() + "---\n" + ARTICLE, "frontMatterInvalidYaml"));
		return cases;
	}

	/** Writes every case into the folder. */
	static void writeInto(Path folder) {
		try {
			for (Map.Entry<String, Case> entry : cases().entrySet()) {
				Files.write(folder.resolve(entry.getKey()), entry.getValue().bytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Case(byte[] bytes, String outcome) {

		String text() {
			return new String(bytes, StandardCharsets.UTF_8);
		}

	}

	private static Case text(String text, String outcome) {
		return new Case(text.getBytes(StandardCharsets.UTF_8), outcome);
	}

	/** One line of lower-case words, the shape the wiki-gloss rule once overflowed on. */
	private static String words(int length) {
		StringBuilder line = new StringBuilder();
		while (line.length() < length) {
			line.append("roadmap ");
		}
		return line.toString().strip();
	}

	private static String nestedLists(int depth) {
		StringBuilder text = new StringBuilder();
		for (int level = 0; level < depth; level++) {
			text.append("  ".repeat(level)).append("- level ").append(level).append('\n');
		}
		return text.toString();
	}

	/** One long reference definition used until the file has {@code size} characters. */
	private static String referenceLaughs(int size) {
		StringBuilder text = new StringBuilder("[lol]: https://example.com/" + "a".repeat(5000) + "\n\n");
		while (text.length() < size) {
			text.append("[lol][lol] ".repeat(8)).append('\n');
		}
		return text.toString();
	}

	/** Backticks wrapped into one paragraph of lines under the line limit. */
	private static String backtickParagraph(int size, int lineLength) {
		StringBuilder text = new StringBuilder();
		for (int written = 0; written < size; written += lineLength) {
			text.append("` ``".repeat(lineLength / 4)).append('\n');
		}
		return text.toString();
	}

	/** The YAML "billion laughs": nine levels of aliases to lists of aliases. */
	private static String yamlLaughs() {
		StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\"]\n");
		for (int level = 1; level < 10; level++) {
			yaml.append("a").append(level).append(": &a").append(level).append(" [");
			yaml.append(String.join(", ", java.util.Collections.nCopies(9, "*a" + (level - 1))));
			yaml.append("]\n");
		}
		return yaml.toString();
	}

}
