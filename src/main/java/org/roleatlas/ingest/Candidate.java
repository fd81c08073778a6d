package org.roleatlas.ingest;

import java.util.Set;

import org.roleatlas.taxonomy.SectionKind;

/**
 * A piece of an article that may be an item, as its structure offered it, with what
 * stands around it: the context (heading or introducing sentence) that governs it and the
 * roles that context names.
 *
 * @param description the text that explains the candidate (a bullet's "label:
 * description" rest, the prose under a listicle heading), or null
 * @param roles the roles its section or sentence names; empty for the article's subjects
 */
record Candidate(Shape shape, String text, String description, int line, String section, Context context,
		Set<String> roles) {

	/** Where in the structure the candidate came from. */
	enum Shape {

		LIST_ITEM, HEADING, PROSE_CLAUSE, ENUMERATION

	}

	/**
	 * What governs a candidate: the kind its heading or introducing sentence says, in
	 * words for the reader ("heading 'Ses missions'").
	 *
	 * @param kind the section kind, or null when nothing says
	 * @param notDuties that the heading says its items are not the role's duties
	 */
	record Context(SectionKind kind, String cue, boolean notDuties) {

		static final Context NONE = new Context(null, "no heading", false);

	}

	Candidate withDescription(String more) {
		String joined = description == null || description.isBlank() ? more
				: more == null || more.isBlank() || description.contains(more) ? description : description + " " + more;
		return new Candidate(shape, text, joined, line, section, context, roles);
	}

}
