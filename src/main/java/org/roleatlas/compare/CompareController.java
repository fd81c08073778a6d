package org.roleatlas.compare;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.roleatlas.role.RoleService;
import org.roleatlas.web.RequestPaths;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;

@Controller
class CompareController {

	static final String VIEW_PICK = "compare/pick";

	static final String VIEW_COMPARE = "compare/show";

	private final CompareService compare;

	private final RoleService roles;

	private final ComparisonExporter exporter;

	CompareController(CompareService compare, RoleService roles, MessageSource messages) {
		this.compare = compare;
		this.roles = roles;
		this.exporter = new ComparisonExporter(messages);
	}

	/**
	 * The picker; with {@code roles=a,b} (or repeated), the canonical, shareable
	 * comparison address.
	 */
	@GetMapping("/compare")
	String pick(@RequestParam(required = false) List<String> roles, @RequestParam(required = false) String show,
			Locale locale, Model model) {
		if (roles != null && !roles.isEmpty()) {
			CompareService.validate(roles);
			return "redirect:" + new ComparePath(roles, ComparePath.HTML, show).href();
		}
		model.addAttribute("roles", this.roles.list(locale));
		return VIEW_PICK;
	}

	@GetMapping("/compare/**")
	Object compare(HttpServletRequest request, @RequestParam(required = false) String show, Locale locale,
			Model model) {
		ComparePath address = ComparePath.parse(RequestPaths.after(request, "/compare/"), show);
		Comparison comparison = compare.compare(address.slugs(), locale);
		return switch (address.format()) {
			case ComparePath.CSV -> download(exporter.csv(comparison, address.show(), locale), "text/csv", address);
			case ComparePath.MARKDOWN ->
				download(exporter.markdown(comparison, address.show(), locale), "text/markdown", address);
			default -> {
				model.addAttribute("comparison", comparison);
				model.addAttribute("address", address);
				model.addAttribute("rows", comparison.rowsToShow(address.show()));
				model.addAttribute("allRoles", roles.list(locale));
				yield VIEW_COMPARE;
			}
		};
	}

	private static ResponseEntity<String> download(String body, String type, ComparePath address) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.parseMediaType(type), StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + address.fileName() + "\"")
			.body(body);
	}

}
