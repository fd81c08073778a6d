package org.roleatlas.content;

import java.util.List;

import org.roleatlas.role.RoleAlias;

/** A role as the taxonomy (or a front-matter entry) defines it. */
public record RoleEntry(String slug, String nameEn, String nameKo, List<RoleAlias> aliases) {

	public RoleEntry {
		aliases = List.copyOf(aliases);
	}

}
