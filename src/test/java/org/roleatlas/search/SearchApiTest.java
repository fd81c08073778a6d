package org.roleatlas.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.roleatlas.AtlasApplicationTest;
import org.roleatlas.search.SearchViews.Hit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The search API and page over real HTTP handling, on the seed content. */
@AtlasApplicationTest
class SearchApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SearchService search;

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
			.andExpect(jsonPath("$.facets.lang.ko").value(1))
			.andExpect(jsonPath("$.roleNames.po").value("Product Owner"))
			.andExpect(jsonPath("$.roleNames['software-engineer']").doesNotExist());
		mvc.perform(get("/api/search").param("q", "VP of Product"))
			.andExpect(jsonPath("$.roleMatches[0].slug").value("cpo"))
			.andExpect(jsonPath("$.roleMatches[0].name").value("Chief Product Officer"));
	}

	@Test
	void filtersAndPages() throws Exception {
		mvc.perform(get("/api/search").param("q", "product").param("lang", "sv"))
			.andExpect(jsonPath("$.hits[*].lang").value(not(hasItem("en"))))
			.andExpect(jsonPath("$.facets.lang.en").isNumber())
			.andExpect(jsonPath("$.facets.lang.sv").isNumber())
			.andExpect(jsonPath("$.facets.kind.responsibility").isNumber());
		mvc.perform(get("/api/search").param("q", "product").param("kind", "skill"))
			.andExpect(jsonPath("$.hits[*].kind").value(not(hasItem("responsibility"))));
		mvc.perform(get("/api/search").param("q", "product").param("size", "2").param("page", "1"))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.hits.length()").value(2));
		mvc.perform(get("/api/search").param("q", "product").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.size").value(100));
	}

	@Test
	void numbersAndKindsOutsideTheContractAreProblemDetailsNotClamped() throws Exception {
		String[][] refused = { { "size", "101", "'size' is 1 to 100 hits per page." },
				{ "size", "0", "'size' is 1 to 100 hits per page." },
				{ "size", "-3", "'size' is 1 to 100 hits per page." },
				{ "page", "-1", "'page' counts from 0; it cannot be negative." },
				{ "kind", "nope", "'kind' is one of responsibility, skill, metric, definition." } };
		for (String[] parameter : refused) {
			mvc.perform(get("/api/search").param("q", "product").param(parameter[0], parameter[1]))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(400))
				.andExpect(jsonPath("$.detail").value(parameter[2]));
		}
		mvc.perform(get("/api/search").param("q", "product").param("size", "101").param("locale", "ko"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("'size'는 한 쪽에 1~100개입니다."));
		mvc.perform(get("/api/search").param("q", "product").param("size", "50").param("page", "200"))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.detail").value("Results can be paged up to result 10,000; narrow the search instead."));
	}

	@Test
	void thePageAnswersPeopleWithTheNearestPageInsteadOfAnError() throws Exception {
		mvc.perform(get("/search").param("q", "roadmap").param("page", "-4").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<ol class=\"hits\" start=\"1\">")));
		mvc.perform(get("/search").param("q", "roadmap").param("kind", "nope").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The filters exclude all 2 results.")));
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
	void pagesTooDeepToCollectAreBadRequestsNotOverflows() throws Exception {
		mvc.perform(get("/api/search").param("q", "strategy").param("size", "100").param("page", "21474836"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(
					jsonPath("$.detail").value("Results can be paged up to result 10,000; narrow the search instead."));
		mvc.perform(get("/api/search").param("q", "strategy").param("size", "100").param("page", "99"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits.length()").value(0));
		mvc.perform(get("/search").param("q", "strategy").param("page", "107374182").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Results can be paged up to result 10,000")));
	}

	@Test
	void aPagePastTheEndLinksToTheLastPage() throws Exception {
		mvc.perform(get("/search").param("q", "strategy").param("page", "1").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("the results end on page 1.")))
			.andExpect(content().string(containsString("kind=&amp;page=0\">Go to page 1</a>")));
	}

	@Test
	void filtersIgnoreCase() throws Exception {
		mvc.perform(get("/api/search").param("q", "로드맵").param("lang", " KO ").param("kind", "Responsibility"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.hits[0].text").value("제품 로드맵 작성"));
	}

	@Test
	void zeroResultsFromTheFiltersAloneSayItInsteadOfSuggestingWords() throws Exception {
		mvc.perform(get("/api/search").param("q", "roadmap").param("kind", "metric"))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.excludedByFilters").value(2))
			.andExpect(jsonPath("$.suggestions").isEmpty());
		mvc.perform(get("/search").param("q", "roadmap").param("lang", "ja").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("The filters exclude all 2 results.")))
			.andExpect(content().string(not(containsString("Did you mean"))));
		mvc.perform(get("/api/search").param("q", "roadmep xyzzy").param("kind", "skill"))
			.andExpect(jsonPath("$.excludedByFilters").value(0))
			.andExpect(jsonPath("$.suggestions").value(hasItem("Roadmap")));
	}

	@Test
	void everyHitLinksToAnElementOfItsRolePage() throws Exception {
		Set<String> anchors = new TreeSet<>();
		for (String query : List.of("product", "제품", "유지", "skills", "CPO")) {
			for (Hit hit : search.search(new SearchRequest(query, null, null, null, 0, 100), Locale.ENGLISH).hits()) {
				for (String role : hit.roles()) {
					mvc.perform(get("/roles/" + role).accept(MediaType.TEXT_HTML))
						.andExpect(content().string(containsString("id=\"" + hit.roleAnchor() + "\"")));
				}
				anchors.add(hit.roleAnchor());
			}
		}
		// Every kind of place: concept groups of both kinds, uncategorised items, metrics
		// and definitions.
		assertThat(anchors).contains("resp-roadmap", "skills-communication", "metrics-h", "definitions-h")
			.anyMatch(anchor -> anchor.endsWith("-uncategorised"));
	}

	@Test
	void anExcludedWordAloneSuggestsNothing() throws Exception {
		mvc.perform(get("/api/search").param("q", "-strategy"))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.suggestions").isEmpty());
	}

	@Test
	void textIsEscapedAroundTheMarks() throws Exception {
		mvc.perform(get("/api/search").param("q", "business's"))
			.andExpect(jsonPath("$.hits[*].snippet").value(hasItem(containsString("business&#39;s"))));
	}

	@Test
	void noResultsSuggestsCloseTerms() throws Exception {
		mvc.perform(get("/api/search").param("q", "roadmep xyzzy"))
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.suggestions").value(hasItem("Roadmap")));
	}

	@Test
	void pageRendersResultsAndHtmxGetsTheFragmentAlone() throws Exception {
		mvc.perform(get("/search").param("q", "로드맵").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("제품 <mark>로드맵</mark> 작성")))
			.andExpect(content().string(containsString("<a href=\"/roles/po#resp-roadmap\">Product Owner</a>")))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
		mvc.perform(get("/search").param("q", "로드맵").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.VARY, containsString("HX-Request")))
			.andExpect(content().string(containsString("제품 <mark>로드맵</mark> 작성")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/search").param("q", "로드맵")
			.header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.VARY, containsString("HX-Request")))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
		mvc.perform(get("/search").param("q", "x".repeat(300)).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("A search is at most 200 characters long.")));
		mvc.perform(get("/search").param("q", "x".repeat(300)).param("locale", "ko").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("검색어는 최대 200자까지 입력할 수 있습니다.")));
	}

}
