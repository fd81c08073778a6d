package org.roleatlas.article;

import java.util.Locale;

import org.roleatlas.corpus.IngestReports;
import org.roleatlas.role.RoleService;
import org.roleatlas.web.RequestPaths;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;

@Controller
class ArticlePageController {

	static final String VIEW_ARTICLE = "articles/show";

	static final String VIEW_INGEST = "about/ingest";

	private final ArticleService articles;

	private final IngestReports reports;

	private final RoleService roles;

	ArticlePageController(ArticleService articles, IngestReports reports, RoleService roles) {
		this.articles = articles;
		this.reports = reports;
		this.roles = roles;
	}

	/**
	 * The file path may contain slashes, so it is the rest of the path. The page is HTML
	 * whatever the file's extension: without HTML named first among the types it
	 * produces, {@code Accept: *}{@code /*} leaves the type open and Thymeleaf takes it
	 * from the ".txt" of the address.
	 */
	@GetMapping(path = "/articles/**", produces = { MediaType.TEXT_HTML_VALUE, MediaType.ALL_VALUE })
	String article(HttpServletRequest request, Locale locale, Model model) {
		ArticlePage page = articles.page(RequestPaths.after(request, "/articles/"), locale);
		model.addAttribute("article", page.article());
		model.addAttribute("body", page.bodyHtml());
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
