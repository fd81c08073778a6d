package org.roleatlas.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.roleatlas.AtlasApplicationTest;
import org.roleatlas.compare.Comparison.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Comparisons of the seed roles, through the service, the pages, the exports and the API.
 */
@AtlasApplicationTest
class CompareTest {

	private static final String PM_AND_PLANNER = "001_27c0e6f8ce8291d5.txt";

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
			// seed 000 names requirements among the CPO's duties too ("제품의 목표와 요구사항에 …
			// 집중")
			.containsEntry("requirements", "shared");
		assertThat(c.rows().get(0).status()).isEqualTo("shared");
		assertThat(c.summary().shared()).isEqualTo(9);
		assertThat(c.summary().only()).containsEntry("cpo", 11).containsEntry("po", 0);
		assertThat(c.summary().overlap()).isEqualTo(9.0 / 20);
		assertThat(c.columns().get(1).definition()).as("PO's own definition, which names it, not a list entry")
			.satisfies(d -> assertThat(d.line()).isEqualTo(42))
			.satisfies(d -> assertThat(d.text()).startsWith("PO(Product Owner)는 주로 IT 업계의"));
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
		assertThat(c.columns()).extracting(col -> col.definition().file(), col -> col.definition().line())
			.containsExactly(tuple(PM_AND_PLANNER, 110), tuple(PM_AND_PLANNER, 114));
		assertThat(c.columns().get(0).definition().text()).contains("프로젝트의 관리자");
		assertThat(c.columns().get(1).definition().text()).contains("제품과 서비스 디자인과 내용 기획");
	}

	@Test
	void cpoAndCmoShowTheirPassageOf004() {
		assertThat(compare.compare(List.of("cpo", "cmo"), Locale.ENGLISH).statements()).singleElement().satisfies(s -> {
			assertThat(s.file()).isEqualTo("004_b63689b79d4c3236.txt");
			assertThat(s.line()).isEqualTo(24);
			assertThat(s.lang()).isEqualTo("sv");
			assertThat(s.text()).contains("Chief Marketing Officers (CMO)",
					"en CMO övervakar hur en produkt kommer att marknadsföras");
			assertThat(s.roles()).contains("cpo", "cmo", "cto");
		});
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
		Comparison three = compare.compare(List.of("cpo", "po", "cto"), Locale.ENGLISH);
		mvc.perform(get("/compare/cpo/po/cto").param("show", "differences").param("locale", "en"))
			.andExpect(content().string(containsString(
					"<span>" + three.summary().only().get("cpo") + " only Chief Product Officer</span>")))
			.andExpect(content()
				.string(containsString("<span>" + three.summary().only().get("po") + " only Product Owner</span>")))
			.andExpect(content().string(containsString("<span>" + three.summary().only().get("cto") + " only "
					+ three.columns().get(2).name() + "</span>")))
			.andExpect(content().string(
					containsString("href=\"/compare/po/cpo/cto?show=differences\">Move Chief Product Officer right")))
			.andExpect(content()
				.string(containsString("href=\"/compare/cpo/cto/po?show=differences\">Move Product Owner right")))
			.andExpect(content().string(containsString("<input type=\"hidden\" name=\"show\" value=\"differences\">")));
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
			.andExpect(content().string(startsWith("\uFEFF\"section\",\"key\",\"label\",\"status\",\"sources\","
					+ "\"Chief Product Officer\",\"Product Owner\"\r\n\"definition\",")))
			.andExpect(content().string(containsString("\"concept\",\"hiring\",\"Hiring\",\"only:cpo\",")))
			.andExpect(content()
				.string(containsString("\"fact\",\"reportsTo\",\"Reports to\",\"\",\"\",\"Chief Executive Officer\"")));
		mvc.perform(get("/compare/cpo/po.csv").param("show", "shared"))
			.andExpect(content().string(not(containsString("\"only:cpo\""))));
		mvc.perform(get("/compare/cpo/po.md").param("locale", "en"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/markdown"))
			.andExpect(content()
				.string(startsWith("# Compare: Chief Product Officer · Product Owner\n\n## Definitions\n")))
			.andExpect(content().string(containsString("| Hiring | only Chief Product Officer |")))
			.andExpect(content().string(not(containsString("only:"))));
	}

	@Test
	void markdownOfProjectManagerAndPlannerIsNotAnEmptyTable() throws Exception {
		mvc.perform(get("/compare/project-manager/planner.md").param("locale", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("## 정의")))
			.andExpect(content().string(containsString("(ko, 001\\_27c0e6f8ce8291d5.txt:110)")))
			.andExpect(content().string(containsString("(ko, 001\\_27c0e6f8ce8291d5.txt:114)")))
			.andExpect(content().string(containsString("이 직무들에는 아직 비교할 책임이나 역량이 없습니다")))
			.andExpect(content().string(containsString("| 출처 수 |")))
			.andExpect(content().string(containsString("## 출처가 말하는 비교")))
			.andExpect(content().string(containsString("\n> PM(Project Manager) :")))
			.andExpect(content().string(containsString("\n> PO(Product Owner) :")))
			.andExpect(content().string(containsString("\n> 기획자 :")));
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
		mvc.perform(get("/compare/cpo/po/cto/cmo/planner.md")).andExpect(status().isBadRequest());
		mvc.perform(get("/compare/cpo/nope.csv")).andExpect(status().isNotFound());
		mvc.perform(get("/compare").param("roles", "cpo,,po").param("locale", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Role 2 in the list is empty")));
		mvc.perform(get("/compare").param("roles", ",").param("locale", "en").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Pick at least two roles to compare; the address names none.")));
		mvc.perform(get("/compare").param("roles", "cpo,cpo").accept(MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest());
	}

	@Test
	void apiAnswersTheDocumentedShape() throws Exception {
		mvc.perform(get("/api/compare").param("roles", "cpo,po").param("locale", "ko"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("cpo"))
			.andExpect(jsonPath("$.summary.shared").isNumber())
			.andExpect(jsonPath("$.summary.only.po").value(0))
			.andExpect(jsonPath("$.rows[?(@.concept == 'roadmap')].label").value(org.hamcrest.Matchers.hasItem("로드맵")))
			.andExpect(jsonPath("$.rows[?(@.concept == 'roadmap')].cells.po[0].text")
				.value(org.hamcrest.Matchers.hasItem("제품 로드맵 작성")))
			.andExpect(jsonPath("$.uncategorised.cpo[*].text").value(org.hamcrest.Matchers.hasItem("수익과 이익")))
			.andExpect(jsonPath("$.facts[*].name").value(org.hamcrest.Matchers.hasItems("reportsTo", "salary")));
		mvc.perform(get("/api/compare").param("roles", "project-manager,planner"))
			.andExpect(jsonPath("$.summary.overlap").value(org.hamcrest.Matchers.nullValue()))
			.andExpect(jsonPath("$.statements[0].roles")
				.value(org.hamcrest.Matchers.hasItems("planner", "project-manager")));
		mvc.perform(get("/api/compare").param("roles", "cpo,cpo"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/compare").param("roles", "a,b,c,d,e")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/compare")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/compare").param("roles", "cpo,,po"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("Role 2 in the list is empty")));
		mvc.perform(get("/api/compare").param("roles", "cpo,po,cpo"))
			.andExpect(jsonPath("$.detail").value("Each role can be compared only once; 'cpo' is named twice."));
		mvc.perform(get("/api/compare").param("roles", "cpo,CPO"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Each role can be compared only once; 'CPO' is named twice."));
		mvc.perform(get("/compare/cpo/CPO")).andExpect(status().isBadRequest());
		for (String odd : new String[] { "cpo,-po", "cpo,p_o", "cpo,<b>", "cpo," + "p".repeat(101) }) {
			mvc.perform(get(java.net.URI.create("/api/compare?roles=" + odd.replace("<", "%3C").replace(">", "%3E"))))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("is not a role slug")));
		}
		mvc.perform(get("/api/compare").param("roles", "CPO,product-manager,기획자-팀")).andExpect(status().isNotFound());
		mvc.perform(get("/api/compare").param("roles", "cpo,astronaut")).andExpect(status().isNotFound());
	}

	/**
	 * The keys of the JSON shape; {@code columns} and a cell's or statement's
	 * {@code line} (and a cell's {@code kind}) are additions.
	 */
	@Test
	void apiHasExactlyTheKeysOfTheSpec() throws Exception {
		String json = mvc.perform(get("/api/compare").param("roles", "cpo,po,planner"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		DocumentContext doc = JsonPath.parse(json);
		assertThat(doc.read("$", Map.class)).containsOnlyKeys("contentVersion", "roles", "summary", "rows",
				"uncategorised", "facts", "statements", "columns");
		assertThat(doc.read("$.summary", Map.class)).containsOnlyKeys("shared", "partial", "only", "overlap");
		assertThat(doc.read("$.rows[0]", Map.class)).containsOnlyKeys("concept", "label", "status", "sources", "cells");
		assertThat(doc.read("$.rows[0].cells", Map.class)).containsOnlyKeys("cpo", "po", "planner");
		assertThat(doc.read("$.uncategorised.cpo[0]", Map.class)).containsOnlyKeys("text", "lang", "file", "line",
				"kind");
		assertThat(doc.read("$.statements[0]", Map.class)).containsOnlyKeys("text", "lang", "file", "line", "roles");
		assertThat(doc.read("$.facts[*].name", List.class)).containsExactly("reportsTo", "salary", "sources",
				"languages");
		for (int i = 0; i < 4; i++) {
			assertThat(doc.read("$.facts[" + i + "]", Map.class)).containsOnlyKeys("name", "values");
			assertThat(doc.read("$.facts[" + i + "].values", Map.class)).containsOnlyKeys("cpo", "po", "planner");
		}
		assertThat(doc.read("$.facts[2].values", Map.class).values())
			.allSatisfy(n -> assertThat(n).isInstanceOf(Integer.class));
		assertThat(doc.read("$.facts[0].values", Map.class)).containsEntry("planner", null);
		assertThat(doc.read("$.facts[3].values.po", List.class)).containsExactly("ko");
	}

}
