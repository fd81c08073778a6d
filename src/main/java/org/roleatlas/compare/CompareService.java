package org.roleatlas.compare;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.roleatlas.role.RoleService;
import org.roleatlas.role.RoleViews.RoleProfile;
import org.roleatlas.taxonomy.Labels;
import org.roleatlas.taxonomy.TaxonomyService;
import org.roleatlas.web.BadRequestException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Compares two to four roles by slug; bad requests are explained, unknown roles are 404s.
 */
@Service
class CompareService {

	static final int MAX_ROLES = 4;

	/**
	 * The shape every slug has (letters and digits of any script joined by hyphens, at
	 * most 100 characters, as {@code TextNormalizer.slugify} makes them) in either letter
	 * case: anything else names no role and is a bad request rather than a lookup.
	 */
	static final String SLUG_SHAPE = "[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,99}";

	private static final Pattern SLUG = Pattern.compile(SLUG_SHAPE);

	private final RoleService roles;

	private final TaxonomyService taxonomies;

	private final ComparisonBuilder builder;

	CompareService(RoleService roles, TaxonomyService taxonomies, MessageSource messages) {
		this.roles = roles;
		this.taxonomies = taxonomies;
		this.builder = new ComparisonBuilder(messages);
	}

	public Comparison compare(List<String> slugs, Locale locale) {
		validate(slugs);
		List<RoleProfile> profiles = slugs.stream().map(slug -> roles.profile(slug, locale)).toList();
		Map<String, String> labels = new LinkedHashMap<>();
		taxonomies.current()
			.concepts()
			.forEach(c -> labels.put(c.id(), Labels.label(locale, c.labelEn(), c.labelKo())));
		return builder.build(profiles, labels, locale);
	}

	/**
	 * Too few roles is said first, as {@code roles=,} names none at all; an empty place
	 * between commas is named by its position, since there is no slug to name.
	 */
	static void validate(List<String> slugs) {
		long named = slugs.stream().filter(slug -> !slug.isBlank()).count();
		if (named < 2) {
			throw new BadRequestException("error.compare.tooFew",
					"Pick at least two roles to compare; the address names " + (named == 0 ? "none." : "only one."),
					named);
		}
		for (int i = 0; i < slugs.size(); i++) {
			if (slugs.get(i).isBlank()) {
				throw new BadRequestException("error.compare.blank",
						"Role " + (i + 1) + " in the list is empty; name a role at every place, as in roles=cpo,po.",
						i + 1);
			}
		}
		if (slugs.size() > MAX_ROLES) {
			throw new BadRequestException("error.compare.tooMany",
					"At most " + MAX_ROLES + " roles can be compared at once.", MAX_ROLES);
		}
		for (String slug : slugs) {
			if (!SLUG.matcher(slug).matches()) {
				throw new BadRequestException("error.compare.badSlug", "'" + slug
						+ "' is not a role slug: a slug is letters and digits joined by hyphens, as in product-manager.",
						slug);
			}
		}
		Set<String> seen = new HashSet<>();
		for (String slug : slugs) {
			// slugs resolve ignoring case, so cpo and CPO are the same role
			if (!seen.add(slug.strip().toLowerCase(Locale.ROOT))) {
				throw new BadRequestException("error.compare.duplicate",
						"Each role can be compared only once; '" + slug + "' is named twice.", slug);
			}
		}
	}

}
