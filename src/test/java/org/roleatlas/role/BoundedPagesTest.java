package org.roleatlas.role;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.roleatlas.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An article with 120 roadmap duties of one role: the role, concept and compare pages
 * show 50 of them and link to all, which are paged 50 at a time with previous and next.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BoundedPagesTest {

	private static final int DUTIES = 120;

	private static final Path CONTENT = contentFolder();

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) {
		registry.add("atlas.content-dir", CONTENT::toString);
	}

	@Autowired
	MockMvc mvc;

	private static Path contentFolder() {
		try {
			Path dir = TestFolders.create("atlas-bounded");
			StringBuilder cpo = new StringBuilder(
					"---\ntitle: Roadmap duties of a CPO\nroles: [cpo]\nlang: en\n---\n# Roadmap duties of a CPO\n\n"
							+ "## Responsibilities\n\n");
			for (int i = 1; i <= DUTIES; i++) {
				cpo.append("- Maintain the product roadmap for market ").append(i).append('\n');
			}
			Files.writeString(dir.resolve("cpo-roadmap.md"), cpo);
			Files.writeString(dir.resolve("po-roadmap.md"),
					"---\ntitle: What a PO does\nroles: [po]\nlang: en\n---\n# What a PO does\n\n"
							+ "## Responsibilities\n\n- Maintain the product roadmap\n- Write user stories\n");
			return dir;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theRolePageShowsFiftyOfAConceptAndLinksToAll() throws Exception {
		String group = between(html("/roles/cpo?locale=en"), "id=\"resp-roadmap\"", "</section>");
		assertThat(count(group, "<li class=\"item\">")).isEqualTo(50);
		assertThat(group).contains(
				"<a href=\"/roles/cpo/items?concept=roadmap&amp;kind=responsibility\">Show all " + DUTIES + "</a>");
		assertThat(html("/roles/cpo?locale=ko")).contains("모두 보기 (" + DUTIES + "개)");
	}

	@Test
	void theConceptAndComparePagesShowFiftyPerRoleAndLinkToAll() throws Exception {
		String row = between(html("/concepts/roadmap?locale=en"), "id=\"role-cpo\"", "</section>");
		assertThat(count(row, "<li class=\"item\">")).isEqualTo(50);
		assertThat(row).contains("<a href=\"/roles/cpo/items?concept=roadmap\">Show all " + DUTIES + "</a>");
		String compare = between(html("/compare/cpo/po?locale=en"), "href=\"/concepts/roadmap\"", "</tr>");
		assertThat(count(compare, "class=\"source\"")).isEqualTo(50 + 1);
		assertThat(compare).contains("<a href=\"/roles/cpo/items?concept=roadmap\">Show all " + DUTIES + "</a>")
			.doesNotContain("/roles/po/items");
	}

	@Test
	void allItemsArePagedFiftyAtATimeWithPreviousAndNext() throws Exception {
		String address = "/roles/cpo/items?concept=roadmap&kind=responsibility&locale=en";
		String first = html(address);
		assertThat(count(first, "<li class=\"item\">")).isEqualTo(50);
		assertThat(first).contains("for market 1<", "for market 50<")
			.doesNotContain("for market 51<")
			.contains("Page 1 of 3")
			.contains("rel=\"next\" href=\"/roles/cpo/items?concept=roadmap&amp;kind=responsibility&amp;page=1\"")
			.doesNotContain("rel=\"prev\"");
		String last = html(address + "&page=2");
		assertThat(count(last, "<li class=\"item\">")).isEqualTo(DUTIES - 100);
		assertThat(last).contains("for market 120<", "Page 3 of 3", "<ol class=\"items\" start=\"101\">")
			.contains("rel=\"prev\" href=\"/roles/cpo/items?concept=roadmap&amp;kind=responsibility&amp;page=1\"")
			.doesNotContain("rel=\"next\"");
		assertThat(html(address + "&page=9")).contains("No items on this page.");
		assertThat(html("/roles/cpo/items?concept=roadmap&kind=responsibility&page=1&locale=ko")).contains("이전", "다음");
	}

	@Test
	void badAddressesOfThePagedItemsAreExplainedNever500() throws Exception {
		mvc.perform(get("/roles/cpo/items?concept=roadmap&page=-1").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/roles/cpo/items?concept=roadmap&kind=astronaut").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/roles/cpo/items?concept=nothing").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
		mvc.perform(get("/roles/astronaut/items").accept(MediaType.TEXT_HTML)).andExpect(status().isNotFound());
		mvc.perform(get("/roles/cpo/items?page=x").accept(MediaType.TEXT_HTML)).andExpect(status().isBadRequest());
	}

	private String html(String uri) throws Exception {
		return mvc.perform(get(uri).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String between(String html, String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		return html.substring(from, html.indexOf(end, from));
	}

	private static int count(String html, String needle) {
		Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(html);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
