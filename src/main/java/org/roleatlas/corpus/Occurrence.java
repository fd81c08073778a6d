package org.roleatlas.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A place in its article where an item is stated. */
@Embeddable
public record Occurrence(int line, @Column(nullable = false) String section) {
}
