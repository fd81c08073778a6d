package org.roleatlas.search;

import java.util.Locale;

import org.roleatlas.search.SearchViews.SearchRequest;
import org.roleatlas.search.SearchViews.SearchResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "search", description = "Keyword search over responsibilities, skills, metrics and definitions")
class SearchApiController {

	private final SearchService search;

	SearchApiController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/api/search")
	@Operation(summary = "Search in any language: words, \"quoted phrases\", -excluded words; at most 200 characters")
	SearchResult search(@RequestParam(required = false) String q,
			@Parameter(description = "role slug to filter by") @RequestParam(required = false) String role,
			@Parameter(description = "article language to filter by (not the UI language)") @RequestParam(
					required = false) String lang,
			@Parameter(description = "responsibility, skill, metric or definition") @RequestParam(
					required = false) String kind,
			@Parameter(description = "0-based page") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "hits per page, at most 100") @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "en") Locale locale) {
		return search.search(new SearchRequest(q, role, lang, kind, page, size), locale);
	}

}
