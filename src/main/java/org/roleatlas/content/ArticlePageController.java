package org.roleatlas.content;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.roleatlas.web.RequestPaths;

import jakarta.servlet.http.HttpServletRequest;

@Controller
class ArticlePageController {

	static final String VIEW_ARTICLE = "articles/show";

	static final String VIEW_INGEST = "about/ingest";

	private static final ArticleRenderer RENDERER = new ArticleRenderer();

	private final ArticleService articles;

	private final MessageSource messages;

	ArticlePageController(ArticleService articles, MessageSource messages) {
		this.articles = articles;
		this.messages = messages;
	}

	/** The file path may contain slashes, so it is the rest of the path. */
	@GetMapping("/articles/**")
	String article(HttpServletRequest request, Locale locale, Model model) {
		ArticleDetail article = articles.article(RequestPaths.after(request, "/articles/"));
		Map<String, String> kindLabels = new LinkedHashMap<>();
		for (ItemKind kind : ItemKind.values()) {
			kindLabels.put(kind.label(), messages.getMessage("kind." + kind.label(), null, locale));
		}
		model.addAttribute("article", article);
		model.addAttribute("body", RENDERER.render(article, kindLabels));
		return VIEW_ARTICLE;
	}

	@GetMapping("/about/ingest")
	String ingest(Model model) {
		model.addAttribute("report", articles.report());
		return VIEW_INGEST;
	}

}
