package org.roleatlas.article;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.roleatlas.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article of {@value #SECTIONS} sections of about 3 KB of text each, over four times
 * the default page size: its page is split at headings, paged with previous and next, and
 * every citation of its items reaches the page that shows the cited line.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ArticlePagingTest {

	private static final int SECTIONS = 90;

	private static final String FILE = "long roadmap.md";

	private static final String PATH = "/articles/long%20roadmap.md";

	private static final Path CONTENT = contentFolder();

	private static final Pattern HEADING = Pattern.compile("<h2 id=\"L(\\d+)\">");

	private static final Pattern CITATION = Pattern
		.compile("<a class=\"source\" href=\"(" + Pattern.quote(PATH) + "\\?line=(\\d+)#L(\\d+))\"");

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) {
		registry.add("atlas.content-dir", CONTENT::toString);
	}

	@Autowired
	MockMvc mvc;

	private static Path contentFolder() {
		try {
			Path dir = TestFolders.create("atlas-article-pages");
			StringBuilder article = new StringBuilder(
					"---\ntitle: Roadmap duties of a CPO, market by market\nroles: [cpo]\nlang: en\n---\n"
							+ "# Roadmap duties of a CPO\n\nEach market has its own duties.\n\n");
			for (int market = 1; market <= SECTIONS; market++) {
				article.append("## Responsibilities in market ").append(market).append("\n\n");
				for (int duty = 1; duty <= 3; duty++) {
					article.append("- Maintain the product roadmap for market ")
						.append(market)
						.append(", region ")
						.append(duty)
						.append('\n');
				}
				article.append('\n')
					.append(("The market " + market + " notes describe customers, partners and their budgets. ")
						.repeat(36))
					.append("\n\n");
			}
			Files.writeString(dir.resolve(FILE), article);
			Files.writeString(dir.resolve("short.md"), "---\ntitle: What a PO does\nroles: [po]\nlang: en\n---\n"
					+ "# What a PO does\n\n## Responsibilities\n\n- Write user stories\n");
			return dir;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void aLongArticleIsSplitAtHeadingsIntoBoundedPagesWithPreviousAndNext() throws Exception {
		List<String> pages = new ArrayList<>();
		String first = html(PATH + "?locale=en");
		Matcher pageOf = Pattern.compile("<span>Page 1 of (\\d+)</span>").matcher(first);
		assertThat(pageOf.find()).isTrue();
		int count = Integer.parseInt(pageOf.group(1));
		assertThat(count).isBetween(4, 6);
		pages.add(first);
		for (int page = 1; page < count; page++) {
			pages.add(html(PATH + "?page=" + page + "&locale=en"));
		}
		assertThat(first).doesNotContain("rel=\"prev\"")
			.contains("<a rel=\"next\" href=\"" + PATH + "?page=1\">Next</a>");
		assertThat(pages.get(1)).contains("<a rel=\"prev\" href=\"" + PATH + "\">Previous</a>")
			.contains("<span>Page 2 of " + count + "</span>")
			.contains("<a rel=\"next\" href=\"" + PATH + "?page=2\">Next</a>");
		assertThat(pages.get(count - 1)).doesNotContain("rel=\"next\"");
		assertThat(html(PATH + "?page=1&locale=ko")).contains("<span>" + count + "쪽 중 2쪽</span>").contains(">이전</a>");
		List<Integer> headings = new ArrayList<>();
		for (String page : pages) {
			String body = between(page, "<div class=\"article-body\"", "<nav class=\"pagination\"");
			assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThan(96 * 1024);
			List<Integer> own = all(HEADING, body);
			assertThat(own).isNotEmpty();
			// The dropped-line and candidate tables list the page's own lines only.
			for (int line : all(Pattern.compile("<tr><td>(\\d+)</td>"), page)) {
				assertThat(line).isGreaterThanOrEqualTo(headings.isEmpty() ? 1 : own.get(0));
			}
			headings.addAll(own);
		}
		assertThat(headings).hasSize(SECTIONS).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void everyCitationOfTheArticleReachesThePageWithItsLine() throws Exception {
		Set<String> citations = new LinkedHashSet<>();
		for (String items : showAllLinks(html("/roles/cpo?locale=en"))) {
			String next = items;
			while (next != null) {
				String page = html(next + (next.contains("?") ? "&" : "?") + "locale=en");
				Matcher citation = CITATION.matcher(page);
				while (citation.find()) {
					assertThat(citation.group(2)).isEqualTo(citation.group(3));
					citations.add(citation.group(2));
				}
				Matcher rel = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"").matcher(page);
				next = rel.find() ? rel.group(1).replace("&amp;", "&") : null;
			}
		}
		assertThat(citations).hasSize(SECTIONS * 3);
		Set<Integer> pagesReached = new LinkedHashSet<>();
		for (String line : citations) {
			MvcResult redirect = mvc.perform(get(URI.create(PATH + "?line=" + line)))
				.andExpect(status().isFound())
				.andReturn();
			String location = redirect.getResponse().getRedirectedUrl();
			assertThat(location).startsWith(PATH).endsWith("#L" + line);
			Matcher page = Pattern.compile("\\?page=(\\d+)#").matcher(location);
			pagesReached.add(page.find() ? Integer.parseInt(page.group(1)) : 0);
			String target = location.substring(0, location.indexOf('#'));
			assertThat(html(target + (target.contains("?") ? "&" : "?") + "locale=en"))
				.contains("id=\"L" + line + "\"");
		}
		assertThat(pagesReached).hasSizeGreaterThanOrEqualTo(4);
	}

	@Test
	void aShortArticleIsOnePageWithoutPager() throws Exception {
		assertThat(html("/articles/short.md?locale=en")).contains("Write user stories")
			.doesNotContain("class=\"pagination\"");
		assertThat(html("/roles/po?locale=en")).contains("href=\"/articles/short.md?line=10#L10\"");
		mvc.perform(get("/articles/short.md").param("line", "10"))
			.andExpect(status().isFound())
			.andExpect(
					result -> assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/articles/short.md#L10"));
	}

	@Test
	void aBadPageIsAFriendlyErrorPage() throws Exception {
		assertFriendly(PATH + "?page=-1&locale=en", 400, "&#39;page&#39; counts from 0");
		assertFriendly(PATH + "?page=99&locale=en", 404, "has pages 0 to");
		assertFriendly(PATH + "?page=99&locale=ko", 404, "99쪽은 없습니다");
		assertFriendly(PATH + "?page=two&locale=en", 400, "");
		assertFriendly(PATH + "?page=99999999999&locale=en", 400, "");
		assertFriendly("/articles/short.md?page=1&locale=en", 404, "has pages 0 to 0");
		assertFriendly(PATH + "?line=x&locale=en", 400, "");
	}

	private void assertFriendly(String url, int status, String text) throws Exception {
		String body = mvc.perform(get(URI.create(url)))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).contains("<html").contains(text).doesNotContain("Exception").doesNotContain("Whitelabel");
	}

	private static List<String> showAllLinks(String rolePage) {
		List<String> links = new ArrayList<>();
		Matcher link = Pattern.compile("<a href=\"(/roles/cpo/items[^\"]*)\">Show all").matcher(rolePage);
		while (link.find()) {
			links.add(link.group(1).replace("&amp;", "&"));
		}
		return links;
	}

	private String html(String url) throws Exception {
		return mvc.perform(get(URI.create(url)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<Integer> all(Pattern pattern, String text) {
		List<Integer> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(Integer.parseInt(matcher.group(1)));
		}
		return found;
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		int end = text.indexOf(to, start);
		return text.substring(start, end < 0 ? text.length() : end);
	}

}
