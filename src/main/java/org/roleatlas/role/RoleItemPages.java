package org.roleatlas.role;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.roleatlas.corpus.Concept;
import org.roleatlas.corpus.Item;
import org.roleatlas.corpus.ItemKind;
import org.roleatlas.corpus.Role;
import org.roleatlas.role.RoleViews.ItemPage;
import org.roleatlas.role.RoleViews.ItemView;
import org.roleatlas.web.BadRequestException;
import org.roleatlas.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every item of one role in one concept (or in none), page by page: the role, concept and
 * compare pages show {@value RoleViews#ITEMS_SHOWN} items of a concept and link here for
 * the rest.
 */
@Service
@Transactional(readOnly = true)
public class RoleItemPages {

	private final RoleService roles;

	private final RoleQueries queries;

	RoleItemPages(RoleService roles, RoleQueries queries) {
		this.roles = roles;
		this.queries = queries;
	}

	/**
	 * @param conceptId the concept, or null for the items of no concept
	 * @param kind an item kind's label, or null for every kind
	 * @param page 0-based; a page past the last is empty
	 */
	public ItemPage page(String slug, String conceptId, String kind, int page, Locale locale) {
		Role role = roles.require(slug);
		ItemKind itemKind = kind(kind);
		if (page < 0) {
			throw new BadRequestException("error.items.page", "'page' counts from 0; it cannot be negative.");
		}
		Optional<Concept> concept = Optional.ofNullable(conceptId)
			.map(id -> queries.concept(id)
				.orElseThrow(() -> new NotFoundException("error.concept.notFound", "No concept '" + id + "'", id)));
		List<ItemView> items = queries.items(role.getSlug())
			.stream()
			.filter(i -> itemKind == null || i.row().getKind() == itemKind)
			.filter(i -> concept.isEmpty() ? i.row().getConcepts().isEmpty()
					: i.row().getConcepts().stream().anyMatch(c -> c.getId().equals(conceptId)))
			.map(RoleService::itemView)
			.toList();
		int from = (int) Math.min((long) page * RoleViews.ITEMS_SHOWN, items.size());
		int to = Math.min(from + RoleViews.ITEMS_SHOWN, items.size());
		return new ItemPage(RoleService.link(role, locale), concept.map(Concept::getId).orElse(null),
				concept.map(c -> c.label(locale)).orElse(null), itemKind == null ? null : itemKind.label(),
				items.subList(from, to), page, items.size());
	}

	private static ItemKind kind(String kind) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		for (ItemKind candidate : ItemKind.values()) {
			if (candidate.label().equalsIgnoreCase(kind.strip())) {
				return candidate;
			}
		}
		throw new BadRequestException("error.items.kind", "'kind' is responsibility, skill or metric.");
	}

}
