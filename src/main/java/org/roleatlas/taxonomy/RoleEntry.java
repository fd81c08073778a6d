package org.roleatlas.taxonomy;

import java.util.List;

/** A role as the taxonomy (or a front-matter entry) defines it. */
public record RoleEntry(String slug, String nameEn, String nameKo, List<RoleAlias> aliases) {

	public RoleEntry {
		aliases = List.copyOf(aliases);
	}

	/**
	 * The role's name in a language the taxonomy names it in (ko), else its English name.
	 */
	public String nameIn(String lang) {
		return Labels.labelIn(lang, nameEn, nameKo);
	}

}
