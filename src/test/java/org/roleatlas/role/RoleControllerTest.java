package org.roleatlas.role;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.role.RoleViews.AliasView;
import org.roleatlas.role.RoleViews.ConceptGroup;
import org.roleatlas.role.RoleViews.ConceptPage;
import org.roleatlas.role.RoleViews.ConceptRole;
import org.roleatlas.role.RoleViews.DefinitionView;
import org.roleatlas.role.RoleViews.ItemView;
import org.roleatlas.role.RoleViews.RoleIndex;
import org.roleatlas.role.RoleViews.RoleLink;
import org.roleatlas.role.RoleViews.RoleProfile;
import org.roleatlas.role.RoleViews.RoleSummary;
import org.roleatlas.role.RoleViews.StatementView;
import org.roleatlas.web.Links;
import org.roleatlas.web.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The role pages' controller alone, with the service mocked: views, model and escaping of
 * hostile text.
 */
@WebMvcTest(RoleController.class)
@Import(Links.class)
class RoleControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SourceTitles titles;

	@MockitoBean
	RoleItemPages itemPages;

	@MockitoBean
	RoleService roles;

	private static final RoleSummary CPO = new RoleSummary("cpo", "Chief Product Officer", "최고 제품 책임자",
			Map.of("en", "Chief Product Officer", "ko", "최고 제품 책임자"), List.of(new AliasView("CPO", null)), 4, 30, 20);

	/** Article titles are article text: one that is markup must show as text. */
	@BeforeEach
	void hostileTitles() {
		given(titles.of(any())).willAnswer(call -> "<i>Title</i> of " + call.getArgument(0));
	}

	@Test
	void homeShowsDescribedRolesAsCardsAndOtherRolesAsLinks() throws Exception {
		RoleSummary ceo = new RoleSummary("ceo", "Chief Executive Officer", null,
				Map.of("en", "Chief Executive Officer"), List.of(), 0, 0, 0);
		given(roles.index(any())).willReturn(new RoleIndex(List.of(CPO, ceo), List.of(CPO), List.of(ceo)));
		given(roles.articleCount()).willReturn(5L);
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(view().name(RoleController.VIEW_HOME))
			.andExpect(content().string(containsString("<h3><a href=\"/roles/cpo\">Chief Product Officer</a></h3>")))
			.andExpect(content().string(containsString("<li><a href=\"/roles/ceo\">Chief Executive Officer</a></li>")))
			.andExpect(content().string(not(containsString("<h3><a href=\"/roles/ceo\">"))))
			.andExpect(content().string(containsString("<option value=\"ceo\">Chief Executive Officer</option>")))
			.andExpect(content().string(containsString("reads 5 articles")));
	}

	@Test
	void rolePageEscapesArticleText() throws Exception {
		ItemView hostile = new ItemView("responsibility", "<script>alert(1)</script>", null, "en", List.of("roadmap"),
				"x.md", "Duties", 3);
		RoleProfile profile = new RoleProfile("cpo", "Chief Product Officer", null, List.of(),
				List.of(new DefinitionView("A <b>bold</b> claim", "en", "x.md", 1)),
				List.of(new ConceptGroup("roadmap", "Roadmap", List.of(hostile))), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), List.of(), List.of("x.md"), List.of(), List.of());
		given(roles.profile(eq("cpo"), any())).willReturn(profile);
		given(roles.list(any())).willReturn(List.of(CPO));
		mvc.perform(get("/roles/cpo"))
			.andExpect(status().isOk())
			.andExpect(view().name(RoleController.VIEW_ROLE))
			.andExpect(model().attribute("role", profile))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(containsString("A &lt;b&gt;bold&lt;/b&gt; claim")))
			.andExpect(content().string(containsString("<a class=\"source\" href=\"/articles/x.md?line=3#L3\" "
					+ "title=\"x.md, line 3\">Source: &lt;i&gt;Title&lt;/i&gt; of x.md</a>")))
			.andExpect(content().string(
					containsString("<a href=\"/articles/x.md\" title=\"x.md\">&lt;i&gt;Title&lt;/i&gt; of x.md</a>")))
			.andExpect(content().string(not(containsString("<i>Title"))))
			.andExpect(content().string(not(containsString("<script>alert"))));
	}

	private static RoleProfile profile(String slug, List<RoleLink> reportsTo, List<StatementView> statements) {
		return new RoleProfile(slug, "Chief Product Officer", null, List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), reportsTo, List.of(), statements, List.of(), List.of(), List.of(),
				List.of());
	}

	@Test
	void severalNamedRolesAreListItemsSoTheirNamesNeverRunTogether() throws Exception {
		RoleLink cpo = new RoleLink("cpo", "Chief Product Officer");
		RoleLink cto = new RoleLink("cto", "Chief Technology Officer");
		RoleLink ceo = new RoleLink("ceo", "Chief Executive Officer");
		String pair = "<ul class=\"inline-list\">\n" + "  <li><a href=\"/roles/cpo\">Chief Product Officer</a></li>\n"
				+ "  <li><a href=\"/roles/cto\">Chief Technology Officer</a></li>\n</ul>";
		given(roles.profile(eq("cpo"), any())).willReturn(profile("cpo", List.of(ceo, cto),
				List.of(new StatementView("The CPO is to product what the CTO is to technology.", "en", "003.txt", 14,
						List.of(cpo, cto)))));
		given(roles.list(any())).willReturn(List.of(CPO));
		mvc.perform(get("/roles/cpo"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(pair)))
			.andExpect(content().string(containsString("<span>Reports to</span>\n      <ul class=\"inline-list\">\n"
					+ "  <li><a href=\"/roles/ceo\">Chief Executive Officer</a></li>\n"
					+ "  <li><a href=\"/roles/cto\">Chief Technology Officer</a></li>\n</ul>")))
			.andExpect(content().string(not(containsString("Officer</a><a"))));
	}

	@Test
	void aSlugInAnotherCaseMovesPermanentlyToTheCanonicalAddress() throws Exception {
		given(roles.profile(eq("CPO"), any())).willReturn(profile("cpo", List.of(), List.of()));
		mvc.perform(get("/roles/CPO?locale=ko"))
			.andExpect(status().isMovedPermanently())
			.andExpect(redirectedUrl("/roles/cpo?locale=ko"));
	}

	@Test
	void conceptPageListsEachRoleWithItsItems() throws Exception {
		ItemView item = new ItemView("responsibility", "제품 로드맵 작성", null, "ko", List.of("roadmap"),
				"001_27c0e6f8ce8291d5.txt", "업무", 64);
		ConceptPage page = new ConceptPage("roadmap", "Roadmap", "로드맵",
				List.of(new ConceptRole(new RoleLink("po", "Product Owner"), List.of(item), 1)));
		given(roles.concept(eq("roadmap"), any())).willReturn(page);
		mvc.perform(get("/concepts/roadmap"))
			.andExpect(status().isOk())
			.andExpect(view().name(RoleController.VIEW_CONCEPT))
			.andExpect(model().attribute("concept", page))
			.andExpect(content().string(containsString("<h1>Who does this? Roadmap</h1>")))
			.andExpect(content().string(containsString("<a href=\"/roles/po\">Product Owner</a>")))
			.andExpect(content().string(containsString("<span class=\"item-text\" lang=\"ko\">제품 로드맵 작성</span>")))
			.andExpect(content().string(containsString("href=\"/articles/001_27c0e6f8ce8291d5.txt?line=64#L64\"")));
	}

	@Test
	void unknownConceptIsTheFriendly404Page() throws Exception {
		given(roles.concept(eq("nothing"), any()))
			.willThrow(new NotFoundException("error.concept.notFound", "No concept 'nothing'", "nothing"));
		mvc.perform(get("/concepts/nothing")).andExpect(status().isNotFound()).andExpect(view().name("error/404"));
	}

	@Test
	void unknownRoleIsTheFriendly404Page() throws Exception {
		given(roles.profile(eq("nope"), any()))
			.willThrow(new NotFoundException("error.role.notFound", "No role 'nope'", "nope"));
		mvc.perform(get("/roles/nope"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(containsString("No role &#39;nope&#39;")));
	}

}
