package org.roleatlas.web;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.roleatlas.AtlasApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The HTML pages on the bundled seed content, through the whole application. */
@AtlasApplicationTest
class PagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void homeListsRoleCardsAndThePickers() throws Exception {
		mvc.perform(get("/").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"en\">")))
			.andExpect(content().string(containsString("href=\"/roles/cpo\"")))
			.andExpect(content().string(containsString("4 sources")))
			.andExpect(content().string(containsString("action=\"/compare\"")))
			.andExpect(content().string(containsString("aria-label=\"Search responsibilities and skills\"")));
	}

	@Test
	void cpoPageGroupsItemsOfThreeLanguagesUnderOneConcept() throws Exception {
		String groupStart = "id=\"resp-product-development\"";
		mvc.perform(get("/roles/cpo").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(groupStart)))
			.andExpect(content().string(containsString("href=\"/concepts/product-development\"")))
			.andExpect(content().string(containsString("<span class=\"item-text\" lang=\"ko\">제품 개발</span>")))
			.andExpect(content()
				.string(containsString("<span class=\"item-text\" lang=\"en\">product development</span>")))
			.andExpect(
					content().string(containsString("<span class=\"item-text\" lang=\"sv\">produktutveckling</span>")))
			.andExpect(content().string(containsString("href=\"/articles/000_7fb96c30b16a0312.txt?line=40#L40\"")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("Glassdoor")))
			.andExpect(content().string(containsString("href=\"/roles/ceo\"")));
	}

	@Test
	void aRoleOthersReportToSaysWhoDoes() throws Exception {
		mvc.perform(get("/roles/ceo").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>Reported to by</span>")))
			.andExpect(content().string(containsString("<a href=\"/roles/cpo\">Chief Product Officer</a>")));
	}

	@Test
	void aRoleWithoutItemsSaysSoAndShowsItsDefinition() throws Exception {
		mvc.perform(get("/roles/project-manager").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No responsibilities or skills were found for this role yet")))
			.andExpect(content().string(containsString("프로젝트의 관리자가 되어")));
	}

	@Test
	void conceptPageListsTheRolesDoingIt() throws Exception {
		mvc.perform(get("/concepts/roadmap").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Who does this? Roadmap")))
			.andExpect(content().string(containsString("href=\"/roles/po\"")))
			.andExpect(content().string(containsString("제품 로드맵 작성")));
	}

	@Test
	void articlePageShowsExtractedLinesAndDroppedChrome() throws Exception {
		mvc.perform(get("/articles/001_27c0e6f8ce8291d5.txt").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(
					containsString("<li id=\"L64\" class=\"extracted\" data-kinds=\"responsibility\">제품 로드맵 작성</li>")))
			.andExpect(content().string(containsString("<td>본문 바로가기</td>")))
			.andExpect(content().string(containsString("<code>navigation</code>")));
	}

	@Test
	void articlePageLabelsExtractedLinesInThePageLanguage() throws Exception {
		mvc.perform(get("/articles/001_27c0e6f8ce8291d5.txt").param("locale", "ko").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<li id=\"L64\" class=\"extracted\" data-kinds=\"책임\">제품 로드맵 작성</li>")));
	}

	@Test
	void ingestReportPage() throws Exception {
		mvc.perform(get("/about/ingest").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("5 of 5 files loaded, 0 rejected")));
	}

	@Test
	void koreanUiByParameterIsRememberedInACookie() throws Exception {
		mvc.perform(get("/roles/cpo?locale=ko").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ko\">")))
			.andExpect(content().string(containsString("<h1>최고 제품 책임자</h1>")))
			.andExpect(content().string(containsString("출처가 말하는 정의")))
			.andExpect(content().string(not(containsString("What the sources say it is"))))
			.andExpect(cookie().value("atlas-locale", "ko"));
	}

	@Test
	void koreanUiFromAcceptLanguageAndLangIsNotTheUiLanguage() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "ko-KR,ko;q=0.9").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<html lang=\"ko\">")));
		mvc.perform(get("/?lang=ko").header("Accept-Language", "en").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
		mvc.perform(get("/?locale=xx").header("Accept-Language", "sv").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
	}

	@Test
	void unknownPagesAreFriendly404sWithoutInternals() throws Exception {
		for (String path : new String[] { "/roles/astronaut", "/concepts/nothing", "/articles/missing.md" }) {
			mvc.perform(get(path).accept(MediaType.TEXT_HTML))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString("We could not find that page")))
				.andExpect(content().string(not(containsString("Whitelabel"))))
				.andExpect(content().string(not(containsString("Exception"))));
		}
	}

	@Test
	void aMethodAPageDoesNotTakeIsAFriendlyPageNamingTheStatusNotABadRequest() throws Exception {
		mvc.perform(post("/roles/cpo").accept(MediaType.TEXT_HTML))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(header().string(HttpHeaders.ALLOW, containsString("GET")))
			.andExpect(view().name("error/4xx"))
			.andExpect(content().string(containsString("<title>Request not answered – Role Atlas</title>")))
			.andExpect(content().string(containsString("The page cannot answer this request (HTTP status 405).")))
			.andExpect(content().string(containsString("Method &#39;POST&#39; is not supported.")))
			.andExpect(content().string(not(containsString("Bad request"))))
			.andExpect(content().string(not(containsString("Exception"))));
		// ?locale= is read by an interceptor, and no handler (so no interceptor) takes a
		// method it does not map.
		mvc.perform(post("/roles/cpo").header("Accept-Language", "ko").accept(MediaType.TEXT_HTML))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(containsString("이 페이지는 이 요청에 답할 수 없습니다 (HTTP 상태 405).")));
	}

	@Test
	void aMethodTheApiDoesNotTakeIsNoHtmlPage() throws Exception {
		mvc.perform(post("/api/roles"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void errorDetailsSpeakTheUiLanguage() throws Exception {
		mvc.perform(get("/roles/astronaut?locale=ko").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("&#39;astronaut&#39; 직무가 없습니다.")));
		mvc.perform(get("/roles/astronaut").accept(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("No role &#39;astronaut&#39;")));
	}

	@Test
	void unknownApiAddressesAreProblemDetails() throws Exception {
		mvc.perform(get("/api/no-such-endpoint"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(containsString("No API endpoint at /api/no-such-endpoint")));
	}

	/**
	 * Pinned word for word: a loosened directive, such as 'unsafe-inline' in script-src,
	 * must fail here.
	 */
	private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Test
	void everyResponseForbidsInlineScript() throws Exception {
		String[][] responses = { { "/", "200" }, { "/roles/astronaut", "404" }, { "/api/roles", "200" },
				{ "/css/atlas.css", "200" } };
		for (String[] response : responses) {
			mvc.perform(get(response[0]))
				.andExpect(status().is(Integer.parseInt(response[1])))
				.andExpect(header().string("Content-Security-Policy", POLICY))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		}
	}

	@Test
	void poPageShowsTheDefinitionsOf001() throws Exception {
		mvc.perform(get("/roles/po").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Product Owner</h1>")))
			.andExpect(content().string(containsString("주로 IT 업계의 제품의 성공을 책임지는 직무이다")))
			.andExpect(content().string(containsString("href=\"/articles/001_27c0e6f8ce8291d5.txt?line=42#L42\"")))
			.andExpect(content().string(containsString("<span class=\"item-text\" lang=\"ko\">제품 로드맵 작성</span>")));
	}

	@Test
	void plannerPageShowsTheDefinitionOf001() throws Exception {
		mvc.perform(get("/roles/planner").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("제품과 서비스 디자인과 내용 기획 업무를 한다")))
			.andExpect(content().string(containsString("href=\"/articles/001_27c0e6f8ce8291d5.txt?line=114#L114\"")));
	}

	@Test
	void roleSlugsIgnoreCaseAndPagesMoveToTheCanonicalAddress() throws Exception {
		mvc.perform(get("/roles/CPO").accept(MediaType.TEXT_HTML))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/roles/cpo"));
		mvc.perform(get("/api/roles/CPO")).andExpect(status().isOk()).andExpect(jsonPath("$.slug").value("cpo"));
	}

	@Test
	void theNavigationMarksTheSectionOfEveryPage() throws Exception {
		String[][] sections = { { "/roles/cpo", "/" }, { "/concepts/roadmap", "/" },
				{ "/articles/001_27c0e6f8ce8291d5.txt", "/about/ingest" }, { "/about/ingest", "/about/ingest" } };
		for (String[] section : sections) {
			String page = mvc.perform(get(section[0]).accept(MediaType.TEXT_HTML))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Pattern.compile("<a href=\"([^\"]*)\" aria-current=\"page\"")
				.matcher(page)
				.results()
				.map(m -> m.group(1))
				.toList()).as("nav item marked current on " + section[0]).containsExactly(section[1]);
		}
	}

}
