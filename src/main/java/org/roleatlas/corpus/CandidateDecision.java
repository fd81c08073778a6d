package org.roleatlas.corpus;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What the loader decided about one candidate item of an article (a list item, a listicle
 * heading, a prose clause): kept as an item of a kind, or dropped, and the cue that
 * decided it.
 *
 * @param kind the item kind it was kept as, or null when it was dropped
 */
@Embeddable
public record CandidateDecision(int line, @Column(nullable = false) String text,
		@Enumerated(EnumType.STRING) ItemKind kind, @Column(nullable = false) String cue) {

	public boolean kept() {
		return kind != null;
	}

}
