package org.roleatlas.content;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.roleatlas.web.RequestPaths;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

@RestController
@RequestMapping("/api")
@Tag(name = "content", description = "The ingest report and the articles as the loader read them")
class ContentApiController {

	private final ArticleService articles;

	private final ReloadService reload;

	ContentApiController(ArticleService articles, ReloadService reload) {
		this.articles = articles;
		this.reload = reload;
	}

	@GetMapping("/ingest")
	@Operation(summary = "Every file of the content folder: what was loaded, rejected (with the reason) or skipped")
	IngestReport report() {
		return articles.report();
	}

	@PostMapping("/ingest")
	@Operation(summary = "Reload the content folder (needs atlas.admin-token in the X-Atlas-Token header)")
	IngestReport reload(@RequestHeader(name = "X-Atlas-Token", required = false) String token) {
		reload.reload(token);
		return articles.report();
	}

	/** The file path may contain slashes ({@code /api/articles/team/notes.md}), so it is the rest of the path. */
	@GetMapping("/articles/**")
	@Operation(summary = "One article: its items with provenance and every line dropped as chrome, with the rule")
	ArticleDetail article(HttpServletRequest request) {
		return articles.article(RequestPaths.after(request, "/api/articles/"));
	}

}
