package org.roleatlas.article;

import org.roleatlas.corpus.IngestReport;
import org.roleatlas.corpus.IngestReports;
import org.roleatlas.web.OpenApiConfiguration;
import org.roleatlas.web.RequestPaths;
import org.roleatlas.web.ServedContentVersion;
import org.roleatlas.web.Versioned;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

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
class ArticleApiController {

	private final ArticleService articles;

	private final IngestReports reports;

	private final ServedContentVersion versions;

	ArticleApiController(ArticleService articles, IngestReports reports, ServedContentVersion versions) {
		this.articles = articles;
		this.reports = reports;
		this.versions = versions;
	}

	@GetMapping("/ingest")
	@Operation(summary = "Every file of the content folder: what was loaded, rejected (with the reason) or skipped",
			description = "Per loaded article its title, language, format, subject roles and counts of sections, "
					+ "items and dropped lines; rejected files with their reason; files skipped as not articles.",
			responses = @ApiResponse(responseCode = "200", description = "The report of the last ingest"))
	Versioned<IngestReport> report() {
		return Versioned.of(versions, reports::report);
	}

	/**
	 * The file path may contain slashes ({@code /api/articles/team/notes.md}), so it is
	 * the rest of the path.
	 */
	@GetMapping("/articles/**")
	@Operation(
			summary = "One article: its items with provenance, every line dropped as chrome with the rule, and every candidate item with the cue that decided it",
			description = "Described as `/api/articles/{file}`; `file` is the path relative to the content folder "
					+ "and may hold slashes (`/api/articles/team/notes.md`).",
			responses = { @ApiResponse(responseCode = "200", description = "The article as the loader read it"),
					@ApiResponse(responseCode = "404", description = "No article at that path in the content folder",
							content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
									schema = @Schema(ref = OpenApiConfiguration.PROBLEM))) })
	Versioned<ArticleDetail> article(HttpServletRequest request) {
		String file = RequestPaths.after(request, "/api/articles/");
		return Versioned.of(versions, () -> articles.article(file));
	}

	/**
	 * The same article by a query parameter, for clients that follow the specification
	 * and encode a slash of {@code {file}} as {@code %2F}, which Tomcat refuses in a
	 * path.
	 */
	@GetMapping(path = "/articles", params = "file")
	@Operation(summary = "One article by its path as a query parameter (`?file=team/notes.md`)",
			description = "Answers as `/api/articles/{file}`; the path form stays for links.",
			responses = { @ApiResponse(responseCode = "200", description = "The article as the loader read it"),
					@ApiResponse(responseCode = "404", description = "No article at that path in the content folder",
							content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
									schema = @Schema(ref = OpenApiConfiguration.PROBLEM))) })
	Versioned<ArticleDetail> articleByParameter(
			@Parameter(description = "Path relative to the content folder, slashes and all", example = "team/notes.md",
					required = true) @RequestParam String file) {
		return Versioned.of(versions, () -> articles.article(file));
	}

}
