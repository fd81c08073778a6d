package org.roleatlas.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A line the loader left out of the article's content, with the chrome rule that dropped
 * it.
 */
@Embeddable
public record DroppedLine(int line, @Column(nullable = false) String text, @Column(nullable = false) String rule) {
}
