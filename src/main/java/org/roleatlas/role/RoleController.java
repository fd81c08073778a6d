package org.roleatlas.role;

import java.util.List;
import java.util.Locale;

import org.roleatlas.role.RoleViews.RoleSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class RoleController {

	static final String VIEW_HOME = "index";

	static final String VIEW_ROLE = "roles/show";

	static final String VIEW_CONCEPT = "concepts/show";

	private final RoleService roles;

	RoleController(RoleService roles) {
		this.roles = roles;
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		List<RoleSummary> all = roles.list(locale);
		model.addAttribute("roles", all);
		model.addAttribute("describedRoles", all.stream().filter(r -> r.articles() > 0).toList());
		model.addAttribute("otherRoles", all.stream().filter(r -> r.articles() == 0).toList());
		model.addAttribute("articles", roles.articleCount());
		return VIEW_HOME;
	}

	@GetMapping("/roles/{slug}")
	String role(@PathVariable String slug, Locale locale, Model model) {
		model.addAttribute("role", roles.profile(slug, locale));
		model.addAttribute("roles", roles.list(locale));
		return VIEW_ROLE;
	}

	@GetMapping("/concepts/{id}")
	String concept(@PathVariable String id, Locale locale, Model model) {
		model.addAttribute("concept", roles.concept(id, locale));
		return VIEW_CONCEPT;
	}

}
