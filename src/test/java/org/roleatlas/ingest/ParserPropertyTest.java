package org.roleatlas.ingest;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random articles assembled from the fragments real and hostile files are made of (front
 * matter, headings, quotes, lists, references, backticks, chrome-like lines, scripts of
 * several languages, control characters): whatever the mix, the loader loads it or
 * rejects it with a notice, and nothing else escapes. The seed is printed on failure so a
 * failing mix can be replayed.
 */
class ParserPropertyTest {

	private static final int INPUTS = 10_000;

	private static final List<String> FRAGMENTS = List.of("# ", "## ", "### Responsibilities\n", "## Skills\n", "- ",
			"* ", "1. ", "  ", "    ", "> ", ">>", "---\n", "---\ntitle: x\nroles: [po, 12, {a: b}]\n---\n", "title: ",
			"[x]: /y\n", "[x]", "[x][x]", "![i](//evil.example)", "[l](/\\evil.example)", "`", "``", "```\n", "<b>",
			"</script>", "{{Infobox", "| name = x\n", "}}", "Product owner", "product manager ", "기획자는 ",
			"제품 로드맵을 작성한다", "プロダクトマネージャー", "rapporterar till VD", "reports to the CEO. ", "$120k", "8,000만원",
			"Home | About | Contact\n", "Cookies help us", "may refer to:\n", "Copyright © 2024", "\t", "\r\n", "\r",
			"\n", "\n\n", "\u00a0", "\u200b", "\uFEFF", "\u0000", "é", "\uD83D\uDE00", "•", "·", "①", "(4) ", "│ ", "…",
			"...", "lower case words ", "Übersicht", ":", ";", ",", ".", "?");

	@RegisterExtension
	static final LoaderFixture LOADER = new LoaderFixture();

	@Test
	void noExceptionEscapesTheLoader() {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (int i = 0; i < INPUTS; i++) {
			String text = article(random);
			String file = random.nextBoolean() ? "fuzz.md" : "fuzz.txt";
			try {
				LoadedArticle loaded = LOADER.load(file, text);
				assertThat(loaded.title()).isNotNull();
			}
			catch (ArticleRejectedException ex) {
				assertThat(ex.notice().code()).isNotBlank();
			}
			catch (RuntimeException | StackOverflowError ex) {
				throw new AssertionError("seed " + seed + ", input " + i + ": " + text.replace("\n", "\\n"), ex);
			}
		}
	}

	private static String article(Random random) {
		StringBuilder text = new StringBuilder();
		int fragments = 1 + random.nextInt(40);
		for (int f = 0; f < fragments; f++) {
			String fragment = FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
			text.append(random.nextInt(20) == 0 ? fragment.repeat(1 + random.nextInt(50)) : fragment);
		}
		return text.toString();
	}

}
