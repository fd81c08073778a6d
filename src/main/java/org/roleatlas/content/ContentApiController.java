package org.roleatlas.content;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.roleatlas.web.RequestPaths;

import org.roleatlas.web.OpenApiConfiguration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
	@Operation(summary = "Every file of the content folder: what was loaded, rejected (with the reason) or skipped",
			description = "Per loaded article its title, language, format, subject roles and counts of sections, "
					+ "items and dropped lines; rejected files with their reason; files skipped as not articles.",
			responses = @ApiResponse(responseCode = "200", description = "The report of the last ingest"))
	IngestReport report() {
		return articles.report();
	}

	@PostMapping("/ingest")
	@Operation(summary = "Reload the content folder (needs atlas.admin-token in the X-Atlas-Token header)",
			description = "Reads the content folder again and answers the new report. Reloading over HTTP is "
					+ "disabled unless `atlas.admin-token` is set; a reload that fails keeps the previous content.",
			responses = {
					@ApiResponse(responseCode = "200", description = "Reloaded; the report of the new ingest"),
					@ApiResponse(responseCode = "403",
							description = "The X-Atlas-Token header is missing or wrong, or reloading over HTTP is "
									+ "disabled (no atlas.admin-token configured)",
							content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
									schema = @Schema(ref = OpenApiConfiguration.PROBLEM))) })
	IngestReport reload(@Parameter(
			description = "The configured atlas.admin-token") @RequestHeader(name = "X-Atlas-Token", required = false) String token) {
		reload.reload(token);
		return articles.report();
	}

	/** The file path may contain slashes ({@code /api/articles/team/notes.md}), so it is the rest of the path. */
	@GetMapping("/articles/**")
	@Operation(summary = "One article: its items with provenance and every line dropped as chrome, with the rule",
			description = "Described as `/api/articles/{file}`; `file` is the path relative to the content folder "
					+ "and may hold slashes (`/api/articles/team/notes.md`).",
			responses = {
					@ApiResponse(responseCode = "200", description = "The article as the loader read it"),
					@ApiResponse(responseCode = "404", description = "No article at that path in the content folder",
							content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
									schema = @Schema(ref = OpenApiConfiguration.PROBLEM))) })
	ArticleDetail article(HttpServletRequest request) {
		return articles.article(RequestPaths.after(request, "/api/articles/"));
	}

}
