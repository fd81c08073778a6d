package org.roleatlas.compare;

import java.util.List;
import java.util.Locale;

import org.roleatlas.web.OpenApiConfiguration;
import org.roleatlas.web.ServedContentVersion;
import org.roleatlas.web.Versioned;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.Explode;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "compare", description = "Roles side by side, aligned by concept")
class CompareApiController {

	private final CompareService compare;

	private final ServedContentVersion versions;

	CompareApiController(CompareService compare, ServedContentVersion versions) {
		this.compare = compare;
		this.versions = versions;
	}

	@GetMapping("/api/compare")
	@Operation(summary = "Compare two to four roles: rows per concept with cited cells, facts and statements",
			description = "Rows are grouped as shared, partial (some but not all of three or four roles) and only "
					+ "one role; `summary.overlap` is shared concepts / all concepts, 0 to 1, or null when the roles "
					+ "have no concepts.",
			responses = { @ApiResponse(responseCode = "200", description = "The comparison"), @ApiResponse(
					responseCode = "400",
					description = "Fewer than two or more than four roles, an empty place in the list, a slug not of a "
							+ "slug's shape, or the same role twice",
					content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
							schema = @Schema(ref = OpenApiConfiguration.PROBLEM))),
					@ApiResponse(responseCode = "404", description = "A slug names no role",
							content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
									schema = @Schema(ref = OpenApiConfiguration.PROBLEM))) })
	Versioned<Comparison> compare(
			@Parameter(required = true,
					description = "Two to four distinct role slugs, comma-separated (roles=cpo,po); case is ignored. "
							+ "A slug is letters and digits of any script joined by hyphens, at most 100 characters.",
					explode = Explode.FALSE, example = "cpo,po",
					array = @ArraySchema(minItems = 2, maxItems = 4, uniqueItems = true,
							schema = @Schema(type = "string", pattern = "^" + CompareService.SLUG_SHAPE + "$",
									maxLength = 100))) @RequestParam(defaultValue = "") List<String> roles,
			@Parameter(
					description = "UI language of labels (concept labels and role names): `en` or `ko`; other values answer in en. Not a content filter.",
					schema = @Schema(allowableValues = { "en", "ko" }, defaultValue = "en")) @RequestParam(
							defaultValue = "en") Locale locale) {
		return Versioned.of(versions, () -> compare.compare(roles, locale));
	}

}
