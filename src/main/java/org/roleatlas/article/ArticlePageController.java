package org.roleatlas.article;

import java.util.Locale;

import org.roleatlas.corpus.IngestReports;
import org.roleatlas.role.RoleService;
import org.roleatlas.web.Links;
import org.roleatlas.web.RequestPaths;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

@Controller
class ArticlePageController {

	static final String VIEW_ARTICLE = "articles/show";

	static final String VIEW_INGEST = "about/ingest";

	private final ArticleService articles;

	private final IngestReports reports;

	private final RoleService roles;

	private final Links links;

	ArticlePageController(ArticleService articles, IngestReports reports, RoleService roles, Links links) {
		this.articles = articles;
		this.reports = reports;
		this.roles = roles;
		this.links = links;
	}

	/**
	 * The file path may contain slashes, so it is the rest of the path. The page is HTML
	 * whatever the file's extension: without HTML named first among the types it
	 * produces, {@code Accept: *}{@code /*} leaves the type open and Thymeleaf takes it
	 * from the ".txt" of the address. {@code page} counts from 0; {@code line} (what
	 * citations carry) redirects to the page that shows the line, at its anchor.
	 */
	@GetMapping(path = "/articles/**", produces = { MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE })
	String article(HttpServletRequest request, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) Integer line, Locale locale, Model model) {
		String file = RequestPaths.after(request, "/articles/");
		if (line != null) {
			return "redirect:" + links.articlePage(file, articles.pageOf(file, line)) + "#L" + line;
		}
		ArticlePage articlePage = articles.page(file, page, locale);
		model.addAttribute("article", articlePage.article());
		model.addAttribute("body", articlePage.bodyHtml());
		model.addAttribute("page", articlePage);
		model.addAttribute("roleNames", roles.names(locale));
		return VIEW_ARTICLE;
	}

	@GetMapping("/about/ingest")
	String ingest(Locale locale, Model model) {
		model.addAttribute("report", reports.report());
		model.addAttribute("roleNames", roles.names(locale));
		return VIEW_INGEST;
	}

}
