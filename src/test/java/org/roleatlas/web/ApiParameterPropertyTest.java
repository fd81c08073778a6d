package org.roleatlas.web;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Random values for every parameter of search and compare, API and pages alike (numbers
 * out of range, wrong types, queries of syntax characters, role lists of any shape): no
 * combination is a server error. The seed is printed on failure so a failing request can
 * be replayed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiParameterPropertyTest {

	private static final int INPUTS = 10_000;

	private static final List<String> VALUES = List.of("", " ", "0", "-1", "1", "20", "100", "101", "100000",
			"2147483647", "2147483648", "-2147483649", "1e3", "0x10", "abc", "NaN", "null", "cpo", "po", "CPO",
			"product-manager", "기획자", "responsibility", "skill", "metric", "definition", "Responsibility", "ko", "en",
			"sv", "xx", "\"", "\"road", "-", "--", "-roadmap", "roadmap", "\"product vision\"", "*", "?", "~", "\\",
			"(", ")", "[", "]", "{", "}", ":", "AND", "OR", "NOT", "+", "&", "|", "/", "%", "<script>", "é", "로드맵",
			"\u0000", "\u200b", "a".repeat(201), "cpo,po", "cpo,,po", ",", "cpo,po,cto,cmo,planner,pm");

	private static final List<String> SEARCH_PARAMETERS = List.of("q", "role", "lang", "kind", "page", "size",
			"locale");

	@Autowired
	MockMvc mvc;

	@Test
	void searchAndCompareNeverAnswerAServerError() throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		for (int i = 0; i < INPUTS; i++) {
			MockHttpServletRequestBuilder request = request(random);
			MvcResult result = mvc.perform(request).andReturn();
			int status = result.getResponse().getStatus();
			if (status >= 500) {
				throw new AssertionError("seed " + seed + ", input " + i + ": " + result.getRequest().getRequestURI()
						+ "?" + result.getRequest().getQueryString() + " -> " + status);
			}
		}
	}

	private static MockHttpServletRequestBuilder request(Random random) {
		int route = random.nextInt(4);
		MockHttpServletRequestBuilder request = switch (route) {
			case 0 -> get("/api/search");
			case 1 -> get("/search");
			case 2 -> get("/api/compare");
			default -> get("/compare/{a}/{b}", value(random), value(random));
		};
		if (route < 2) {
			for (String name : SEARCH_PARAMETERS) {
				if (random.nextInt(3) > 0) {
					request.param(name, value(random));
				}
			}
		}
		else {
			request.param("roles", value(random) + (random.nextBoolean() ? "," + value(random) : ""));
			if (random.nextBoolean()) {
				request.param("locale", value(random));
			}
		}
		return request.header("Accept", random.nextBoolean() ? "text/html" : "application/json");
	}

	private static String value(Random random) {
		String value = VALUES.get(random.nextInt(VALUES.size()));
		return value.isEmpty() && random.nextBoolean() ? "x" : value;
	}

}
