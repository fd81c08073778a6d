package org.roleatlas.search;

import java.util.Locale;

import org.roleatlas.search.SearchViews.SearchPage;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The search page; htmx asks for the results fragment alone, so results update in place
 * as the user types. When htmx restores history it asks for a whole page
 * (HX-History-Restore-Request) and gets one, and responses say they vary by HX-Request so
 * that no cache serves a fragment as the page or the page as a fragment.
 */
@Controller
class SearchController {

	static final String VIEW_SEARCH = "search/index";

	static final String VIEW_RESULTS = "search/results :: results";

	private final SearchService search;

	SearchController(SearchService search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore, Locale locale,
			Model model, HttpServletResponse response) {
		SearchRequest request = new SearchRequest(q, role, lang, kind, page, SearchRequest.DEFAULT_SIZE);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("role", request.role());
		model.addAttribute("lang", request.lang());
		model.addAttribute("kind", request.kind());
		SearchPage answer = search.page(request, locale);
		model.addAttribute("result", answer.result());
		model.addAttribute("problem", answer.problem());
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		boolean fragment = htmx != null && !"true".equals(historyRestore);
		return fragment ? VIEW_RESULTS : VIEW_SEARCH;
	}

}
