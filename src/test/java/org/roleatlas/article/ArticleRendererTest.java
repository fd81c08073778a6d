package org.roleatlas.article;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roleatlas.article.ArticleDetail.DroppedView;
import org.roleatlas.article.ArticleDetail.ItemView;
import org.roleatlas.article.ArticleDetail.OccurrenceView;
import org.roleatlas.article.ArticleDetail.SectionView;
import org.roleatlas.article.ArticlePages.Range;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article text is untrusted: the renderer's exact output for hostile input is pinned
 * here.
 */
class ArticleRendererTest {

	private static final Range WHOLE = new Range(1, Integer.MAX_VALUE);

	private final ArticleRenderer renderer = new ArticleRenderer();

	private static ArticleDetail article(String format, String raw, List<ItemView> items, List<DroppedView> dropped,
			List<SectionView> sections) {
		return new ArticleDetail("x.md", "X", "en", format, null, List.of(), List.of(), List.of(), sections, items,
				dropped, List.of(), List.of(), List.of(), raw);
	}

	@Test
	void markdownRawHtmlIsEscapedAndDangerousLinksNeutralised() {
		String html = renderer.render(article("markdown",
				"# Title\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2)) [ok](https://example.org)\n",
				List.of(), List.of(), List.of()), Map.of(), WHOLE);
		assertThat(html)
			.isEqualTo("<h1 id=\"L1\">Title</h1>\n" + "<p id=\"L3\">&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
					+ "<p id=\"L5\">x <a href=\"https://example.org\" rel=\"nofollow noopener\">ok</a></p>\n");
	}

	@Test
	void linksWithOtherSchemesAreNeutralised() {
		String html = renderer.render(
				article("markdown", "[x](data:text/html,hi) [y](vbscript:msgbox)\n", List.of(), List.of(), List.of()),
				Map.of(), WHOLE);
		assertThat(html).isEqualTo("<p id=\"L1\"><a href=\"#\" rel=\"nofollow noopener\">x</a> "
				+ "<a href=\"#\" rel=\"nofollow noopener\">y</a></p>\n");
	}

	private String markdown(String raw) {
		return renderer.render(article("markdown", raw, List.of(), List.of(), List.of()), Map.of(), WHOLE);
	}

	@Test
	void referenceLinksToScriptOrDataAreNeutralised() {
		assertThat(markdown("[x][r] [y][d]\n\n[r]: JaVaScRiPt:alert(1)\n[d]: data:text/html;base64,PHNjcmlwdD4=\n"))
			.isEqualTo("<p id=\"L1\"><a href=\"#\" rel=\"nofollow noopener\">x</a> "
					+ "<a href=\"#\" rel=\"nofollow noopener\">y</a></p>\n");
	}

	@Test
	void autolinksAreCheckedAndGetRelToo() {
		assertThat(markdown("<JaVaScRiPt:alert(2)> <https://example.org> <someone@example.org>\n"))
			.isEqualTo("<p id=\"L1\"><a href=\"#\" rel=\"nofollow noopener\">JaVaScRiPt:alert(2)</a> "
					+ "<a href=\"https://example.org\" rel=\"nofollow noopener\">https://example.org</a> "
					+ "<a href=\"mailto:someone@example.org\" rel=\"nofollow noopener\">someone@example.org</a></p>\n");
	}

	@Test
	void imagesWithScriptOrDataSourcesLoseTheirSource() {
		assertThat(markdown("![i](JaVaScRiPt:alert(3)) ![j][d] ![k](/img/ok.png)\n\n[d]: data:text/html,hi\n"))
			.isEqualTo("<p id=\"L1\"><img alt=\"i\" /> <img alt=\"j\" /> <img src=\"/img/ok.png\" alt=\"k\" /></p>\n");
	}

	@Test
	void rawHtmlBlocksCommentsAndStylesAreEscapedParagraphsWithLineAnchors() {
		assertThat(markdown("<div onclick=\"x()\">hi</div>\n\n<!-- note -->\n\n<style>\nbody{}\n</style>\n"))
			.isEqualTo("<p id=\"L1\">&lt;div onclick=&quot;x()&quot;&gt;hi&lt;/div&gt;</p>\n"
					+ "<p id=\"L3\">&lt;!-- note --&gt;</p>\n"
					+ "<p id=\"L5\">&lt;style&gt;\nbody{}\n&lt;/style&gt;</p>\n");
	}

	@Test
	void markdownLinesOfItemsAreMarkedAndFrontMatterSkipped() {
		ItemView item = new ItemView("skill", "Statistics", null, "en", List.of(), List.of(), "Skills", 6,
				List.of(new OccurrenceView(6, "Skills")));
		String html = renderer.render(article("markdown", "---\ntitle: X\n---\n## Skills\n\n- Statistics\n",
				List.of(item), List.of(), List.of()), Map.of("skill", "Skill"), WHOLE);
		assertThat(html).isEqualTo("<h2 id=\"L4\">Skills</h2>\n<ul>\n"
				+ "<li id=\"L6\" class=\"extracted\" data-kinds=\"Skill\">Statistics</li>\n</ul>\n");
	}

	@Test
	void plainTextIsEscapedLineByLineAndChromeLeftOut() {
		String html = renderer.render(article("text", "Home\nRoles\n<b>bold</b> & more\n• first\n  second\n", List.of(),
				List.of(new DroppedView(1, "Home", "navigation")), List.of(new SectionView("Roles", "other", 2))),
				Map.of(), WHOLE);
		assertThat(html).isEqualTo("<h2 id=\"L2\">Roles</h2>\n<p id=\"L3\">&lt;b&gt;bold&lt;/b&gt; &amp; more</p>\n"
				+ "<ul>\n<li id=\"L4\">first</li>\n<li id=\"L5\">second</li>\n</ul>\n");
	}

	/** Browsers read a second slash or a backslash after the first as another host. */
	@Test
	void protocolRelativeAddressesAreNotOffSiteLinks() {
		assertThat(markdown("[a](//evil.example) [b](/\\evil.example) [c](/team/notes.md) [d](notes.md)\n"))
			.isEqualTo("<p id=\"L1\"><a href=\"#\" rel=\"nofollow noopener\">a</a> "
					+ "<a href=\"#\" rel=\"nofollow noopener\">b</a> "
					+ "<a href=\"/team/notes.md\" rel=\"nofollow noopener\">c</a> "
					+ "<a href=\"notes.md\" rel=\"nofollow noopener\">d</a></p>\n");
		assertThat(ArticleRenderer.isSafe("/\t/evil.example")).isFalse();
		assertThat(ArticleRenderer.isSafe(" \\\\evil.example")).isFalse();
		assertThat(ArticleRenderer.isSafe("\\/evil.example")).isFalse();
		assertThat(ArticleRenderer.isSafe("/roles/cpo#skills")).isTrue();
	}

	/**
	 * Quotes 1,500 deep once overflowed the renderer's stack; past its depth the article
	 * shows as escaped lines.
	 */
	@Test
	void deepMarkdownRendersWithoutOverflowingTheStack() {
		String quotes = markdown("# Deep\n\n" + ">".repeat(1500) + " <b>deep</b>\n");
		assertThat(quotes).contains("<p id=\"L3\">").contains("&lt;b&gt;deep&lt;/b&gt;").doesNotContain("<blockquote");
		StringBuilder lists = new StringBuilder();
		for (int level = 0; level < 1000; level++) {
			lists.append("  ".repeat(level)).append("- level ").append(level).append('\n');
		}
		assertThat(markdown(lists.toString())).contains("level 999");
		assertThat(markdown("> - ".repeat(1000))).isNotEmpty();
		assertThat(markdown("> > - nested a little\n")).contains("<blockquote>");
	}

}
