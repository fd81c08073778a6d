package org.roleatlas.role;

import org.junit.jupiter.api.Test;
import org.roleatlas.AtlasApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The roles API on the bundled seed content, as loaded at startup. */
@AtlasApplicationTest
class RoleApiTest {

	private static final String[] CPO_SOURCES = { "000_7fb96c30b16a0312.txt", "002_2162955048c754e8.txt",
			"003_0dca7a3b9f433cbc.txt", "004_b63689b79d4c3236.txt" };

	@Autowired
	MockMvc mvc;

	@Test
	void listsRolesWithNamesAliasesAndCounts() throws Exception {
		mvc.perform(get("/api/roles"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0].slug").value("cpo"))
			.andExpect(jsonPath("$.roles[0].name").value("Chief Product Officer"))
			.andExpect(jsonPath("$.roles[0].names.ko").value("최고 제품 책임자"))
			.andExpect(jsonPath("$.roles[0].articles").value(4))
			.andExpect(
					jsonPath("$.roles[0].aliases[*].label").value(hasItems("CPO", "VP of Product", "Head of Product")))
			.andExpect(jsonPath("$.roles[?(@.slug == 'po')].skills").value(hasItem(7)))
			.andExpect(jsonPath("$.roles[*].slug")
				.value(hasItems("po", "project-manager", "planner", "cto", "cmo", "ceo")));
		mvc.perform(get("/api/roles?locale=ko")).andExpect(jsonPath("$.roles[0].name").value("최고 제품 책임자"));
	}

	@Test
	void cpoGathersItemsFromAllFourArticles() throws Exception {
		mvc.perform(get("/api/roles/cpo"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sources").value(containsInAnyOrder(CPO_SOURCES)))
			.andExpect(jsonPath("$.responsibilities[*].text").value(hasItems("제품 비전", "Developing the product vision",
					"produktstrategi", "product strategy", "product innovation", "product marketing")))
			.andExpect(
					jsonPath("$.responsibilities[?(@.text == '제품 비전')].concepts[*]").value(hasItem("product-vision")))
			.andExpect(jsonPath("$.responsibilities[?(@.text == '제품 비전')].file").value(hasItem(CPO_SOURCES[0])))
			.andExpect(jsonPath("$.responsibilities[?(@.text == '제품 비전')].section").value(hasItem("열할 및 책임")))
			.andExpect(jsonPath("$.skills[*].text")
				.value(hasItems("Communication skills", "ledarskapsförmåga", "데이터를 이해하고 해석할 수 있어야 한다")))
			.andExpect(jsonPath("$.metrics[*].text").value(hasItem("수익과 이익")))
			.andExpect(jsonPath("$.reportsTo").value(containsInAnyOrder("ceo")))
			.andExpect(jsonPath("$.salaries.length()").value(5))
			.andExpect(jsonPath("$.salaries[?(@.source == 'Glassdoor')].average").value(hasItem(196044.0)))
			.andExpect(jsonPath("$.careerPath[4].role").value("cpo"))
			.andExpect(jsonPath("$.definitions.length()").value(greaterThanOrEqualTo(4)));
	}

	@Test
	void rolesDefinedIn001HaveThoseDefinitions() throws Exception {
		for (String slug : new String[] { "po", "project-manager", "planner" }) {
			mvc.perform(get("/api/roles/" + slug))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.definitions[*].file").value(hasItem("001_27c0e6f8ce8291d5.txt")))
				.andExpect(jsonPath("$.definitions[*].lang").value(everyItem(startsWith("ko"))));
		}
		mvc.perform(get("/api/roles/project-manager"))
			.andExpect(jsonPath("$.responsibilities.length()").value(0))
			.andExpect(jsonPath("$.sources").value(containsInAnyOrder("001_27c0e6f8ce8291d5.txt")));
		mvc.perform(get("/api/roles/po"))
			.andExpect(jsonPath("$.responsibilities[*].text").value(hasItem("제품 로드맵 작성")))
			.andExpect(jsonPath("$.skills.length()").value(7));
	}

	@Test
	void unknownRoleIsAProblemDetail() throws Exception {
		mvc.perform(get("/api/roles/astronaut"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No role 'astronaut'"));
	}

}
