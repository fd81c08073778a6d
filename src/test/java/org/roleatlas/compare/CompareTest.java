package org.roleatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.roleatlas.compare.Comparison.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Comparisons of the seed roles, through the service, the pages, the exports and the API. */
@SpringBootTest
@AutoConfigureMockMvc
class CompareTest {

	@Autowired
	CompareService compare;

	@Autowired
	MockMvc mvc;

	@Test
	void cpoAndPoShareTheCoreOfProductWork() {
		Comparison c = compare.compare(List.of("cpo", "po"), Locale.ENGLISH);
		Map<String, String> status = c.rows().stream().collect(Collectors.toMap(Row::concept, Row::status));
		assertThat(status).containsEntry("product-vision", "shared")
			.containsEntry("product-strategy", "shared")
			.containsEntry("roadmap", "shared")
			.containsEntry("product-development", "shared")
			.containsEntry("team-leadership", "only:cpo")
			.containsEntry("hiring", "only:cpo")
			.containsEntry("innovation", "only:cpo")
			.containsEntry("product-design", "only:cpo")
			.containsEntry("requirements", "only:po");
		assertThat(c.rows().get(0).status()).isEqualTo("shared");
		assertThat(c.summary().overlap()).isBetween(0.0, 1.0);
		assertThat(c.facts()).filteredOn(f -> f.name().equals("reportsTo"))
			.singleElement()
			.satisfies(f -> assertThat(f.values()).containsEntry("cpo", "Chief Executive Officer"));
	}

	@Test
	void projectManagerAndPlannerCompareByDefinitionsAndTheirStatement() {
		Comparison c = compare.compare(List.of("project-manager", "planner"), Locale.ENGLISH);
		assertThat(c.rows()).isEmpty();
		assertThat(c.summary().overlap()).isNull();
		assertThat(c.statements()).singleElement().satisfies(s -> {
			assertThat(s.file()).isEqualTo("001_27c0e6f8ce8291d5.txt");
			assertThat(s.roles()).contains("project-manager", "planner");
		});
		assertThat(c.columns()).allSatisfy(col -> assertThat(col.definition()).isNotNull());
	}

	@Test
	void cpoAndCtoShowTheStatementsThatNameBoth() {
		assertThat(compare.compare(List.of("cpo", "cto"), Locale.ENGLISH).statements())
			.extracting(Comparison.Statement::file)
			.contains("003_0dca7a3b9f433cbc.txt", "004_b63689b79d4c3236.txt");
	}

	@Test
	void pageShowsTheTableSummaryAndControls() throws Exception {
		mvc.perform(get("/compare/cpo/po").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("concepts shared,")))
			.andExpect(content().string(containsString("only Chief Product Officer")))
			.andExpect(content().string(containsString("href=\"/compare/po/cpo\"")))
			.andExpect(content().string(containsString("href=\"/compare/cpo/po.csv\"")))
			.andExpect(content().string(containsString("<span lang=\"sv\">produktutveckling</span>")));
		mvc.perform(get("/compare/project-manager/planner").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("no responsibilities or skills to align yet")))
			.andExpect(content().string(containsString("PM(Project Manager)")));
		mvc.perform(get("/compare").param("roles", "cpo,po")).andExpect(redirectedUrl("/compare/cpo/po"));
		mvc.perform(get("/compare").param("roles", "cpo").param("roles", "po").param("show", "shared"))
			.andExpect(redirectedUrl("/compare/cpo/po?show=shared"));
	}

	@Test
	void threeRolesShowHowManyShareARow() throws Exception {
		mvc.perform(get("/compare/cpo/po/cto").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("only Chief Product Officer")))
			.andExpect(content().string(containsString("concepts shared by all")));
		Comparison c = compare.compare(List.of("cpo", "po", "planner"), Locale.ENGLISH);
		assertThat(c.rows()).extracting(Row::status).contains("partial").doesNotContain("shared");
		mvc.perform(get("/compare/cpo/po/planner").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("2 of 3")));
	}

	@Test
	void exportsAsCsvAndMarkdown() throws Exception {
		mvc.perform(get("/compare/cpo/po.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"cpo-vs-po.csv\""))
			.andExpect(content().string(startsWith("\"concept\",\"label\",\"status\",\"sources\",\"Chief Product Officer\",\"Product Owner\"\r\n")));
		mvc.perform(get("/compare/cpo/po.md"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/markdown"))
			.andExpect(content().string(startsWith("# Chief Product Officer vs Product Owner\n\n| Concept | Status |")));
	}

	@Test
	void badRequestsAreExplainedNever500() throws Exception {
		for (String path : new String[] { "/compare/cpo/cpo", "/compare/a/b/c/d/e", "/compare/cpo" }) {
			mvc.perform(get(path).accept(MediaType.TEXT_HTML))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("That request cannot be answered")));
		}
		mvc.perform(get("/compare/cpo/astronaut").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("We could not find that page")));
		mvc.perform(get("/compare/cpo/cpo.csv")).andExpect(status().isBadRequest());
		mvc.perform(get("/compare").param("roles", "cpo,cpo").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
	}

	@Test
	void apiAnswersTheDocumentedShape() throws Exception {
		mvc.perform(get("/api/compare").param("roles", "cpo,po").param("locale", "ko"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("cpo"))
			.andExpect(jsonPath("$.summary.shared").isNumber())
			.andExpect(jsonPath("$.summary.only.po").value(1))
			.andExpect(jsonPath("$.rows[?(@.concept == 'roadmap')].label").value(org.hamcrest.Matchers.hasItem("로드맵")))
			.andExpect(jsonPath("$.rows[?(@.concept == 'roadmap')].cells.po[0].text")
				.value(org.hamcrest.Matchers.hasItem("제품 로드맵 작성")))
			.andExpect(jsonPath("$.uncategorised.cpo[*].text").value(org.hamcrest.Matchers.hasItem("수익과 이익")))
			.andExpect(jsonPath("$.facts[*].name").value(org.hamcrest.Matchers.hasItems("reportsTo", "salary")));
		mvc.perform(get("/api/compare").param("roles", "project-manager,planner"))
			.andExpect(jsonPath("$.summary.overlap").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.statements[0].roles").value(org.hamcrest.Matchers.hasItems("planner", "project-manager")));
		mvc.perform(get("/api/compare").param("roles", "cpo,cpo"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/compare").param("roles", "a,b,c,d,e")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/compare")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/compare").param("roles", "cpo,astronaut")).andExpect(status().isNotFound());
	}

}
