package org.roleatlas.compare;

import java.util.List;
import java.util.Locale;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "compare", description = "Roles side by side, aligned by concept")
class CompareApiController {

	private final CompareService compare;

	CompareApiController(CompareService compare) {
		this.compare = compare;
	}

	@GetMapping("/api/compare")
	@Operation(summary = "Compare two to four roles: rows per concept with cited cells, facts and statements")
	Comparison compare(@Parameter(description = "two to four role slugs, comma-separated") @RequestParam(
			defaultValue = "") List<String> roles, @RequestParam(defaultValue = "en") Locale locale) {
		return compare.compare(roles, locale);
	}

}
