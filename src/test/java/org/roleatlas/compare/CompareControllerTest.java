package org.roleatlas.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.role.RoleService;
import org.roleatlas.role.RoleViews.ConceptGroup;
import org.roleatlas.role.RoleViews.ItemView;
import org.roleatlas.role.RoleViews.RoleLink;
import org.roleatlas.role.RoleViews.RoleProfile;
import org.roleatlas.role.RoleViews.StatementView;
import org.roleatlas.role.SourceTitles;
import org.roleatlas.web.Links;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.roleatlas.web.Bundles;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The compare page and exports with the service mocked, for hostile article text the seed
 * content lacks.
 */
@WebMvcTest(CompareController.class)
@Import(Links.class)
class CompareControllerTest {

	private static final String SCRIPT = "<script>alert(1)</script>";

	private static final String FORMULA = "=HYPERLINK(\"http://evil\",\"x\")";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SourceTitles titles;

	@MockitoBean
	CompareService compare;

	@MockitoBean
	RoleService roles;

	private static ItemView item(String text, String... concepts) {
		return new ItemView("responsibility", text, null, "en", List.of(concepts), "x.md", "Duties", 3);
	}

	private static RoleProfile role(String slug, ItemView... items) {
		StatementView said = new StatementView("a\n" + SCRIPT, "en", "x.md", 9,
				List.of(new RoleLink("a", "A"), new RoleLink("b", "B")));
		return new RoleProfile(slug, slug.toUpperCase(Locale.ROOT) + " <i>", null, List.of(), List.of(),
				List.of(new ConceptGroup("any", "Any", List.of(items))), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(said), List.of(), List.of("x.md"), List.of(), List.of());
	}

	private void comparing(RoleProfile... profiles) {
		given(compare.compare(eq(List.of("a", "b")), any()))
			.willReturn(new ComparisonBuilder(Bundles.messages()).build(List.of(profiles), Map.of(), Locale.ENGLISH));
		given(roles.list(any())).willReturn(List.of());
	}

	/** Article titles are article text: one that is markup must show as text. */
	@BeforeEach
	void hostileTitles() {
		given(titles.of(any())).willAnswer(call -> "<i>Title</i> of " + call.getArgument(0));
	}

	@Test
	void pageEscapesArticleTextAndRoleNames() throws Exception {
		comparing(role("a", item(SCRIPT, "vision")), role("b", item(FORMULA, "vision")));
		mvc.perform(get("/compare/a/b").param("locale", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(SCRIPT))))
			.andExpect(content().string(not(containsString("A <i>"))))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(containsString("A &lt;i&gt;")));
	}

	@Test
	void rolesWhoseItemsHaveNoConceptsKeepThemOnThePageWithoutRowToggles() throws Exception {
		comparing(role("a", item("unplaced of a")), role("b", item("unplaced of b")));
		mvc.perform(get("/compare/a/b").param("locale", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("no responsibilities or skills to align yet")))
			.andExpect(content().string(containsString("unplaced of a")))
			.andExpect(content().string(containsString("unplaced of b")))
			.andExpect(content().string(not(containsString("Differences only"))))
			.andExpect(content().string(containsString("href=\"/compare/a/b.csv\"")));
	}

	@Test
	void exportsDisarmFormulasAndEscapeMarkdown() throws Exception {
		comparing(role("a", item(FORMULA, "vision")), role("b", item(SCRIPT, "vision")));
		mvc.perform(get("/compare/a/b.csv"))
			.andExpect(status().isOk())
			.andExpect(content().string(startsWith("\uFEFF\"section\"")))
			.andExpect(content().string(containsString("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\") (en, x.md:3)\"")))
			.andExpect(content().string(not(containsString(",\"=HYPERLINK"))));
		mvc.perform(get("/compare/a/b.md"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\\<script\\>alert(1)\\</script\\>")))
			.andExpect(content().string(not(containsString(SCRIPT))));
	}

}
