package org.roleatlas.role;

import java.util.List;
import java.util.Locale;

import org.roleatlas.corpus.CareerStep;
import org.roleatlas.role.RoleViews.AliasView;
import org.roleatlas.role.RoleViews.CareerStepView;
import org.roleatlas.role.RoleViews.DefinitionView;
import org.roleatlas.role.RoleViews.ItemView;
import org.roleatlas.role.RoleViews.RelatedRole;
import org.roleatlas.role.RoleViews.RoleLink;
import org.roleatlas.role.RoleViews.RoleProfile;
import org.roleatlas.role.RoleViews.RoleSummary;
import org.roleatlas.role.RoleViews.SalaryView;
import org.roleatlas.role.RoleViews.StatementView;
import org.roleatlas.web.OpenApiConfiguration;
import org.roleatlas.web.ServedContentVersion;
import org.roleatlas.web.Versioned;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.annotation.Nullable;

@RestController
@RequestMapping("/api/roles")
@Tag(name = "roles", description = "Roles, with everything the sources say about each")
class RoleApiController {

	private final RoleService roles;

	private final ServedContentVersion versions;

	RoleApiController(RoleService roles, ServedContentVersion versions) {
		this.roles = roles;
		this.versions = versions;
	}

	@GetMapping
	@Operation(summary = "Every role with its names, aliases and counts of sources and items",
			description = "`name` follows `locale`; `names` gives the en name and the ko name (ko is left out for a "
					+ "role only the articles name).",
			responses = @ApiResponse(responseCode = "200", description = "Every role, by slug"))
	RoleList list(@Parameter(
			description = "UI language of labels (`name`): `en` or `ko`; other values answer in en. Not a content filter.",
			schema = @Schema(allowableValues = { "en", "ko" }, defaultValue = "en")) @RequestParam(
					defaultValue = "en") Locale locale) {
		long version = versions.current();
		return new RoleList(version, roles.list(locale));
	}

	@GetMapping("/{slug}")
	@Operation(summary = "One role: definitions, items with provenance, salaries, reporting line, career path",
			responses = { @ApiResponse(responseCode = "200", description = "The role with everything its sources say"),
					@ApiResponse(responseCode = "404", description = "No role with that slug",
							content = @Content(mediaType = OpenApiConfiguration.PROBLEM_JSON,
									schema = @Schema(ref = OpenApiConfiguration.PROBLEM))) })
	Versioned<RoleDetail> role(
			@Parameter(description = "Slug of the role, as `slug` in `GET /api/roles` lists it; case is ignored",
					example = "cpo") @PathVariable String slug,
			@Parameter(
					description = "UI language of labels (role and concept names): `en` or `ko`; other values answer in en. Not a content filter.",
					schema = @Schema(allowableValues = { "en", "ko" }, defaultValue = "en")) @RequestParam(
							defaultValue = "en") Locale locale) {
		return Versioned.of(versions, () -> RoleDetail.of(roles.profile(slug, locale)));
	}

	/**
	 * Every role, in an object rather than a bare array, so that the list too names the
	 * content version it was built from.
	 */
	record RoleList(@Schema(description = "The content version this list was built from; the same number as the "
			+ "X-Content-Version header", example = "1") long contentVersion, List<RoleSummary> roles) {
	}

	/** The JSON form of a role profile: items as flat lists, roles by slug. */
	record RoleDetail(String slug, String name, List<AliasView> aliases, List<DefinitionView> definitions,
			List<ItemView> responsibilities, List<ItemView> skills, List<ItemView> metrics, List<SalaryView> salaries,
			List<String> reportsTo, List<CareerStep> careerPath, List<String> sources, List<String> mentionedIn,
			List<StatementView> statements, List<RelatedRole> related) {

		record CareerStep(String title, @Nullable String role, String file, int line) {
		}

		static RoleDetail of(RoleProfile p) {
			return new RoleDetail(p.slug(), p.name(), p.aliases(), p.definitions(), p.responsibilities(), p.skills(),
					p.metrics(), p.salaries(), p.reportsTo().stream().map(RoleLink::slug).toList(),
					p.careerPath().stream().map(RoleDetail::step).toList(), p.sources(), p.mentionedIn(),
					p.statements(), p.related());
		}

		private static CareerStep step(CareerStepView s) {
			return new CareerStep(s.title(), s.role() == null ? null : s.role().slug(), s.file(), s.line());
		}

	}

}
