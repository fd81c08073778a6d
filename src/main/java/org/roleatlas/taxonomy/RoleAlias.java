package org.roleatlas.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Another name of a role; an ambiguous alias (such as "PM") may name several roles. */
@Embeddable
public record RoleAlias(@Column(nullable = false) String label, String lang,
		@Column(nullable = false) boolean ambiguous) {
}
