package org.roleatlas.ingest;

import org.roleatlas.corpus.IngestReport;
import org.roleatlas.corpus.IngestReports;
import org.roleatlas.web.OpenApiConfiguration;
import org.roleatlas.web.ServedContentVersion;
import org.roleatlas.web.Versioned;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The trigger of a reload over HTTP; the report it answers is the one
 * {@code GET /api/ingest} reads.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "content", description = "The ingest report and the articles as the loader read them")
class IngestController {

	private final ReloadService reload;

	private final IngestReports reports;

	private final ServedContentVersion versions;

	IngestController(ReloadService reload, IngestReports reports, ServedContentVersion versions) {
		this.reload = reload;
		this.reports = reports;
		this.versions = versions;
	}

	@PostMapping("/ingest")
	@Operation(summary = "Reload the content folder (needs atlas.admin-token in the X-Atlas-Token header)",
			description = "Reads the content folder again and answers the new report. Reloading over HTTP is "
					+ "disabled unless `atlas.admin-token` is set; a reload that fails keeps the previous content. "
					+ "A request made while a reload runs waits for the next one.",
			responses = { @ApiResponse(responseCode = "200", description = "Reloaded; the report of the new ingest"),
					@ApiResponse(responseCode = "403",
							description = "The X-Atlas-Token header is missing or wrong, or reloading over HTTP is "
									+ "disabled (no atlas.admin-token configured)",
							content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
									schema = @Schema(ref = OpenApiConfiguration.PROBLEM))),
					@ApiResponse(responseCode = "422",
							description = "Refused: a taxonomy override the served content was read with cannot be "
									+ "used now (`reasons`); the content and taxonomy already served stay",
							content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
									schema = @Schema(ref = OpenApiConfiguration.PROBLEM))) })
	Versioned<IngestReport> reload(@Parameter(description = "The configured atlas.admin-token") @RequestHeader(
			name = "X-Atlas-Token", required = false) String token) {
		reload.reload(token);
		return Versioned.of(versions, reports::report);
	}

}
