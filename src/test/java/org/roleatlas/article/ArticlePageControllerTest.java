package org.roleatlas.article;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.article.ArticleDetail.CandidateView;
import org.roleatlas.article.ArticleDetail.DroppedView;
import org.roleatlas.article.ArticleDetail.ItemView;
import org.roleatlas.article.ArticleDetail.OccurrenceView;
import org.roleatlas.corpus.IngestReport.ArticleSummary;
import org.roleatlas.corpus.IngestReport.Rejected;
import org.roleatlas.corpus.IngestReport.Totals;
import org.roleatlas.corpus.IngestReport;
import org.roleatlas.corpus.IngestReports;
import org.roleatlas.corpus.Notice;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.role.RoleService;
import org.roleatlas.role.SourceTitles;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The article and ingest pages' controller alone, with the article service mocked. */
@WebMvcTest(ArticlePageController.class)
@Import(Links.class)
class ArticlePageControllerTest {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	SourceTitles titles;

	@MockitoBean
	ArticleService articles;

	@MockitoBean
	IngestReports reports;

	@MockitoBean
	RoleService roles;

	@BeforeEach
	void roleNames() {
		given(roles.names(any())).willReturn(Map.of("po", "Product Owner", "cpo", "Chief Product Officer"));
	}

	@Test
	void articleInASubfolderShowsTheRenderedBodyItsRolesAndDroppedChrome() throws Exception {
		ItemView item = new ItemView("skill", "Statistics", null, "en", List.of(), List.of("po"), "Skills", 4,
				List.of(new OccurrenceView(4, "Skills")));
		ArticleDetail article = new ArticleDetail("team/notes.md", "Notes", "en", "markdown", null, List.of(),
				List.of("po", "cpo"), List.of(), List.of(), List.of(item),
				List.of(new DroppedView(1, "Home", "navigation")),
				List.of(new CandidateView(4, "Statistics", "skill", "heading 'Skills'"),
						new CandidateView(1, "Home", null, "shape: link")),
				List.of(), List.of(), "Home\n## Skills\n\n- Statistics\n");
		String body = "<h2 id=\"L2\">Skills</h2>\n";
		given(articles.page(eq("team/notes.md"), eq(0), any()))
			.willReturn(new ArticlePage(article, body, 0, 1, article.dropped(), article.candidates()));
		mvc.perform(get("/articles/team/notes.md"))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticlePageController.VIEW_ARTICLE))
			.andExpect(model().attribute("article", article))
			.andExpect(content().string(containsString("<div class=\"article-body\" lang=\"en\">" + body + "</div>")))
			.andExpect(content().string(containsString(
					"<li><a href=\"/roles/po\">Product Owner</a></li><li><a href=\"/roles/cpo\">Chief Product Officer</a></li>")))
			.andExpect(content().string(containsString("<td>Home</td><td><code>navigation</code></td>")))
			.andExpect(content()
				.string(containsString("<td>Statistics</td><td>skill</td><td>heading &#39;Skills&#39;</td>")))
			.andExpect(content().string(containsString("<td>Home</td><td>dropped</td><td>shape: link</td>")));
	}

	@Test
	void articleWarningsAreWordedInThePageLanguage() throws Exception {
		Notice undetected = NoticeCode.LANGUAGE_UNDETECTED.with();
		ArticleDetail article = new ArticleDetail("x.txt", "X", "und", "text", null, List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(),
				List.of("the language of the article could not be detected"), List.of(undetected), "Some text\n");
		given(articles.page(eq("x.txt"), eq(0), any()))
			.willReturn(new ArticlePage(article, "<p id=\"L1\">Some text</p>\n", 0, 1, List.of(), List.of()));
		mvc.perform(get("/articles/x.txt").param("locale", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>the language of the article could not be detected</li>")));
		mvc.perform(get("/articles/x.txt").param("locale", "ko"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<li>글의 언어를 판별하지 못했습니다</li>")));
	}

	@Test
	void unknownArticleIsTheFriendly404Page() throws Exception {
		given(articles.page(eq("missing.md"), eq(0), any()))
			.willThrow(new NotFoundException("error.article.notFound", "No article 'missing.md'", "missing.md"));
		mvc.perform(get("/articles/missing.md"))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error/404"))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void ingestPageShowsCountsWarningsAndRejectedFiles() throws Exception {
		Notice unassigned = NoticeCode.NO_ROLE_RESOLVED.with(13);
		Notice notMapping = NoticeCode.FRONT_MATTER_NOT_A_MAPPING.with();
		Notice brokenOverride = NoticeCode.TAXONOMY_OVERRIDE_UNUSABLE.with("roles.yaml", "no roles key");
		// The English texts a real report carries for the API differ here, to prove the
		// page words notices itself.
		IngestReport report = new IngestReport(Instant.parse("2026-01-01T00:00:00Z"), 12, "content", 2,
				List.of(new ArticleSummary("000.txt", "CPO", "ko", "text", List.of("cpo"), List.of(), 3, 10, 2, 1, 5,
						List.of("api text"), List.of(unassigned))),
				List.of(new Rejected("bad.md", "api text", notMapping)), List.of("image.png"), List.of("api text"),
				List.of(brokenOverride), new Totals(1, 1, 13, 5, List.of("ko"), List.of("cpo")), null);
		given(reports.report()).willReturn(report);
		mvc.perform(get("/about/ingest"))
			.andExpect(status().isOk())
			.andExpect(view().name(ArticlePageController.VIEW_INGEST))
			.andExpect(model().attribute("report", report))
			.andExpect(content()
				.string(containsString("1 of 2 files loaded, 1 rejected; 13 items extracted, 5 lines dropped")))
			.andExpect(content().string(containsString(
					"<li>taxonomy/roles.yaml in the content folder could not be used (no roles key); the default is used instead</li>")))
			.andExpect(content().string(containsString(
					"<li>no role could be resolved for this article; its 13 items are kept unassigned and stay findable</li>")))
			.andExpect(content().string(containsString(
					"<code>bad.md</code>: <span>front matter must be a YAML mapping of keys to values</span>")))
			.andExpect(content().string(containsString("<code>image.png</code>")))
			.andExpect(content().string(containsString("<a href=\"/roles/cpo\">Chief Product Officer</a>")))
			.andExpect(content().string(not(containsString("api text"))));
	}

}
