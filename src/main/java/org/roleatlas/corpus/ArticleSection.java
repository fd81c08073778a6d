package org.roleatlas.corpus;

import org.roleatlas.taxonomy.SectionKind;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A heading of an article and the kind of content it introduces. */
@Embeddable
public record ArticleSection(@Column(nullable = false) String heading,
		@Enumerated(EnumType.STRING) @Column(nullable = false) SectionKind kind, int line) {
}
