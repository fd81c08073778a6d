package org.roleatlas.compare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.roleatlas.role.RoleService;
import org.roleatlas.web.RequestPaths;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

@Controller
class CompareController {

	static final String VIEW_PICK = "compare/pick";

	static final String VIEW_COMPARE = "compare/show";

	private final CompareService compare;

	private final RoleService roles;

	CompareController(CompareService compare, RoleService roles) {
		this.compare = compare;
		this.roles = roles;
	}

	/** The picker; with {@code roles=a,b} (or repeated), the canonical, shareable comparison address. */
	@GetMapping("/compare")
	String pick(@RequestParam(required = false) List<String> roles,
			@RequestParam(required = false) String show, Locale locale, Model model) {
		if (roles != null && !roles.isEmpty()) {
			CompareService.validate(roles);
			String address = UriComponentsBuilder.fromPath("/compare")
				.pathSegment(roles.toArray(String[]::new))
				.queryParamIfPresent("show", Optional.ofNullable(show))
				.encode()
				.build()
				.toUriString();
			return "redirect:" + address;
		}
		model.addAttribute("roles", this.roles.list(locale));
		return VIEW_PICK;
	}

	@GetMapping("/compare/**")
	Object compare(HttpServletRequest request, @RequestParam(required = false) String show, Locale locale,
			Model model) {
		ComparePath address = ComparePath.parse(RequestPaths.after(request, "/compare/"));
		Comparison comparison = compare.compare(address.slugs(), locale);
		String name = String.join("-vs-", address.slugs());
		if ("csv".equals(address.format())) {
			return download(ComparisonExporter.csv(comparison), "text/csv", name + ".csv");
		}
		if ("md".equals(address.format())) {
			return download(ComparisonExporter.markdown(comparison), "text/markdown", name + ".md");
		}
		model.addAttribute("comparison", comparison);
		model.addAttribute("show", show == null ? "all" : show);
		model.addAttribute("rows", comparison.rowsToShow(show));
		model.addAttribute("allRoles", roles.list(locale));
		model.addAttribute("path", String.join("/", address.slugs()));
		return VIEW_COMPARE;
	}

	private static ResponseEntity<String> download(String body, String type, String filename) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.parseMediaType(type), StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
			.body(body);
	}

}
