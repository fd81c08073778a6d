package org.roleatlas.search;

import java.util.Locale;

import org.roleatlas.search.SearchViews.SearchRequest;
import org.roleatlas.web.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page; htmx asks for the results fragment alone, so results update in place as the user types. */
@Controller
class SearchController {

	static final String VIEW_SEARCH = "search/index";

	static final String VIEW_RESULTS = "search/results :: results";

	private final SearchService search;

	private final MessageSource messages;

	SearchController(SearchService search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String role,
			@RequestParam(required = false) String lang, @RequestParam(required = false) String kind,
			@RequestParam(defaultValue = "0") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("role", role);
		model.addAttribute("lang", lang);
		model.addAttribute("kind", kind);
		if (q != null && !q.isBlank()) {
			try {
				model.addAttribute("result", search.search(new SearchRequest(q, role, lang, kind, page, 20), locale));
			}
			catch (BadRequestException ex) {
				model.addAttribute("problem", ex.updateAndGetBody(messages, locale).getDetail());
			}
		}
		return htmx != null ? VIEW_RESULTS : VIEW_SEARCH;
	}

}
