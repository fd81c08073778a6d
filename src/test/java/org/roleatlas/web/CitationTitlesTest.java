package org.roleatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.roleatlas.AtlasApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On the seeds, every citation of the role, concept, compare and search pages names its
 * source by the article's title, in the UI language's words, with the file and line in
 * the link and the tooltip.
 */
@AtlasApplicationTest
class CitationTitlesTest {

	private static final Pattern CITATION = Pattern.compile(
			"<a class=\"source\" href=\"/articles/([^\"#?]+)\\?line=\\d+#L(\\d+)\" title=\"([^\"]*)\">([^<]*)</a>");

	@Autowired
	MockMvc mvc;

	@Test
	void citationsShowTheTitleAndKeepTheFileAndLineInTheLinkAndTooltip() throws Exception {
		Map<String, String> titles = titles();
		for (String page : List.of("/roles/cpo", "/roles/po", "/concepts/roadmap", "/compare/cpo/po",
				"/search?q=roadmap", "/search?q=strategy")) {
			Matcher citations = CITATION.matcher(html(page + (page.contains("?") ? "&" : "?") + "locale=en"));
			int count = 0;
			while (citations.find()) {
				count++;
				String file = citations.group(1);
				assertThat(titles).as(page + " cites an article").containsKey(file);
				assertThat(HtmlUtils.htmlUnescape(citations.group(3))).as(page)
					.isEqualTo(file + ", line " + citations.group(2));
				assertThat(HtmlUtils.htmlUnescape(citations.group(4))).as(page)
					.isEqualTo("Source: " + titles.get(file));
			}
			assertThat(count).as(page + " has citations").isPositive();
		}
		Matcher korean = CITATION.matcher(html("/roles/cpo?locale=ko"));
		assertThat(korean.find()).isTrue();
		assertThat(HtmlUtils.htmlUnescape(korean.group(4))).startsWith("출처: ")
			.isEqualTo("출처: " + titles.get(korean.group(1)));
		assertThat(HtmlUtils.htmlUnescape(korean.group(3))).endsWith("번째 줄");
	}

	@Test
	void theRolesSourcesAreListedByTitle() throws Exception {
		Map<String, String> titles = titles();
		String html = html("/roles/cpo?locale=en");
		titles.forEach((file, title) -> {
			if (html.contains("href=\"/articles/" + file + "\"")) {
				assertThat(html).contains("<a href=\"/articles/" + file + "\" title=\"" + file + "\">"
						+ HtmlUtils.htmlEscape(title) + "</a>");
			}
		});
		assertThat(html).contains("title=\"000_7fb96c30b16a0312.txt\">");
	}

	/** Each seed article's title, by file, as the ingest report gives them. */
	private Map<String, String> titles() throws Exception {
		String report = mvc.perform(get("/api/ingest"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		List<Map<String, Object>> articles = JsonPath.read(report, "$.articles");
		Map<String, String> titles = new HashMap<>();
		articles.forEach(a -> titles.put((String) a.get("file"), (String) a.get("title")));
		assertThat(titles.values()).as("titles are not file names").noneMatch(titles::containsKey);
		return titles;
	}

	private String html(String uri) throws Exception {
		return mvc.perform(get(uri).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
