package org.roleatlas.search;

import java.util.Locale;

import org.roleatlas.search.SearchViews.SearchResult;
import org.roleatlas.web.OpenApiConfiguration;
import org.roleatlas.web.ServedContentVersion;
import org.roleatlas.web.Versioned;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "search", description = "Keyword search over responsibilities, skills, metrics and definitions")
class SearchApiController {

	private final SearchService search;

	private final ServedContentVersion versions;

	SearchApiController(SearchService search, ServedContentVersion versions) {
		this.search = search;
		this.versions = versions;
	}

	@GetMapping("/api/search")
	@Operation(summary = "Search in any language: words, \"quoted phrases\", -excluded words; at most 200 characters",
			description = "Hits are responsibilities, skills, metrics and definitions, ranked; `snippet` is "
					+ "HTML-escaped text with `<mark>` around matches. Roles the query names are listed in "
					+ "`roleMatches`; facet counts are given per role, kind and language.",
			responses = { @ApiResponse(responseCode = "200", description = "One page of hits with facets"),
					@ApiResponse(responseCode = "400",
							description = "`q` is missing, empty or longer than 200 characters; `size` is not 1 to 100, `page` is "
									+ "negative, `kind` is not one of its values, or (page + 1) × size passes 10000; or a "
									+ "number is not a number",
							content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
									schema = @Schema(ref = OpenApiConfiguration.PROBLEM))) })
	Versioned<SearchResult> search(
			@Parameter(required = true,
					description = "The search: words, \"quoted phrases\" and -excluded words, 1 to 200 characters",
					example = "product vision",
					schema = @Schema(minLength = 1, maxLength = 200)) @RequestParam(required = false) String q,
			@Parameter(description = "Only hits of this role (a slug from `GET /api/roles`)",
					example = "cpo") @RequestParam(required = false) String role,
			@Parameter(
					description = "Only hits written in this content language (ISO 639-1 code such as ko, en, sv); "
							+ "not the UI language, which is `locale`",
					example = "ko") @RequestParam(required = false) String lang,
			@Parameter(description = "Only hits of this kind; case is ignored",
					schema = @Schema(
							allowableValues = { "responsibility", "skill", "metric", "definition" })) @RequestParam(
									required = false) String kind,
			@Parameter(description = "0-based page; (page + 1) × size may not pass 10000",
					schema = @Schema(type = "integer", format = "int32", minimum = "0",
							defaultValue = "0")) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Hits per page, 1 to 100",
					schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "100",
							defaultValue = "20")) @RequestParam(defaultValue = "20") int size,
			@Parameter(
					description = "UI language of labels (role names and concept labels): `en` or `ko`; other values answer in en. Not a content filter.",
					schema = @Schema(allowableValues = { "en", "ko" }, defaultValue = "en")) @RequestParam(
							defaultValue = "en") Locale locale) {
		SearchRequest request = new SearchRequest(q, role, lang, kind, page, size).withinContract();
		return Versioned.of(versions, () -> search.search(request, locale));
	}

}
