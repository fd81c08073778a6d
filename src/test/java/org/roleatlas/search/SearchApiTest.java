package org.roleatlas.search;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The search API and page over real HTTP handling, on the seed content. */
@SpringBootTest
@AutoConfigureMockMvc
class SearchApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void jsonHasHitsSnippetsRoleMatchesAndFacets() throws Exception {
		mvc.perform(get("/api/search").param("q", "로드맵"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.query").value("로드맵"))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.hits[0].text").value("제품 로드맵 작성"))
			.andExpect(jsonPath("$.hits[0].snippet").value("제품 <mark>로드맵</mark> 작성"))
			.andExpect(jsonPath("$.hits[0].roles[0]").value("po"))
			.andExpect(jsonPath("$.hits[0].kind").value("responsibility"))
			.andExpect(jsonPath("$.hits[0].lang").value("ko"))
			.andExpect(jsonPath("$.hits[0].file").value("001_27c0e6f8ce8291d5.txt"))
			.andExpect(jsonPath("$.hits[0].score").isNumber())
			.andExpect(jsonPath("$.facets.role.po").value(1))
			.andExpect(jsonPath("$.facets.kind.responsibility").value(2))
			.andExpect(jsonPath("$.facets.lang.ko").value(1));
		mvc.perform(get("/api/search").param("q", "VP of Product"))
			.andExpect(jsonPath("$.roleMatches[0].slug").value("cpo"))
			.andExpect(jsonPath("$.roleMatches[0].name").value("Chief Product Officer"));
	}

	@Test
	void filtersPagesAndCapsTheSize() throws Exception {
		mvc.perform(get("/api/search").param("q", "product").param("lang", "sv"))
			.andExpect(jsonPath("$.hits[*].lang").value(not(hasItem("en"))))
			.andExpect(jsonPath("$.facets.lang.en").isNumber())
			.andExpect(jsonPath("$.facets.lang.sv").isNumber())
			.andExpect(jsonPath("$.facets.kind.responsibility").isNumber());
		mvc.perform(get("/api/search").param("q", "product").param("kind", "skill"))
			.andExpect(jsonPath("$.hits[*].kind").value(not(hasItem("responsibility"))));
		mvc.perform(get("/api/search").param("q", "product").param("size", "1000"))
			.andExpect(jsonPath("$.size").value(100));
		mvc.perform(get("/api/search").param("q", "product").param("size", "2").param("page", "1"))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.hits.length()").value(2));
	}

	@Test
	void badQueriesAreProblemDetailsNever500() throws Exception {
		mvc.perform(get("/api/search"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/search").param("q", "   ")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/search").param("q", "x".repeat(201)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("A search is at most 200 characters long."));
		for (String odd : new String[] { "\"unclosed", "a AND (b", "*:*", "-", "\\", "title:x^2~", "[]{}" }) {
			mvc.perform(get("/api/search").param("q", odd)).andExpect(status().isOk());
		}
		mvc.perform(get("/api/search").param("q", "x").param("page", "abc")).andExpect(status().isBadRequest());
	}

	@Test
	void textIsEscapedAroundTheMarks() throws Exception {
		mvc.perform(get("/api/search").param("q", "business's"))
			.andExpect(jsonPath("$.hits[*].snippet").value(hasItem(containsString("business&#x27;s"))));
	}

	@Test
	void noResultsSuggestsCloseTerms() throws Exception {
		mvc.perform(get("/api/search").param("q", "roadmep xyzzy"))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.suggestions").value(hasItem("roadmap")));
	}

	@Test
	void pageRendersResultsAndHtmxGetsTheFragmentAlone() throws Exception {
		mvc.perform(get("/search").param("q", "로드맵").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("제품 <mark>로드맵</mark> 작성")))
			.andExpect(content().string(containsString("<a href=\"/roles/po\">Product Owner</a>")))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
		mvc.perform(get("/search").param("q", "로드맵").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("제품 <mark>로드맵</mark> 작성")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/search").param("q", "x".repeat(300)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A search is at most 200 characters long.")));
	}

}
