package org.roleatlas.role;

import java.util.Locale;

import org.roleatlas.role.RoleViews.RoleIndex;
import org.roleatlas.role.RoleViews.RoleProfile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class RoleController {

	static final String VIEW_HOME = "index";

	static final String VIEW_ROLE = "roles/show";

	static final String VIEW_CONCEPT = "concepts/show";

	static final String VIEW_ITEMS = "roles/items";

	private final RoleService roles;

	private final RoleItemPages itemPages;

	RoleController(RoleService roles, RoleItemPages itemPages) {
		this.roles = roles;
		this.itemPages = itemPages;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		RoleIndex index = roles.index(locale);
		model.addAttribute("roles", index.all());
		model.addAttribute("describedRoles", index.described());
		model.addAttribute("otherRoles", index.other());
		model.addAttribute("articles", roles.articleCount());
		return VIEW_HOME;
	}

	/**
	 * A slug in another letter case is moved permanently to the canonical address, so
	 * links and caches agree.
	 */
	@GetMapping("/roles/{slug}")
	Object role(@PathVariable String slug, Locale locale, Model model) {
		RoleProfile profile = roles.profile(slug, locale);
		if (!profile.slug().equals(slug)) {
			return permanentRedirect("/roles/" + profile.slug());
		}
		model.addAttribute("role", profile);
		model.addAttribute("roles", roles.list(locale));
		return VIEW_ROLE;
	}

	private static RedirectView permanentRedirect(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		redirect.setPropagateQueryParams(true);
		// The layout's model attributes must not become query parameters of the new
		// address.
		redirect.setExposeModelAttributes(false);
		return redirect;
	}

	@GetMapping("/concepts/{id}")
	String concept(@PathVariable String id, Locale locale, Model model) {
		model.addAttribute("concept", roles.concept(id, locale));
		return VIEW_CONCEPT;
	}

	/**
	 * All of a role's items in one concept, {@value RoleViews#ITEMS_SHOWN} a page: where
	 * a role, concept or compare page's "show all" leads. Without {@code concept}, the
	 * items of no concept; without {@code kind}, every kind.
	 */
	@GetMapping("/roles/{slug}/items")
	String items(@PathVariable String slug, @RequestParam(required = false) String concept,
			@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Locale locale,
			Model model) {
		String conceptId = concept == null || concept.isBlank() ? null : concept.strip();
		model.addAttribute("items", itemPages.page(slug, conceptId, kind, page, locale));
		return VIEW_ITEMS;
	}

}
