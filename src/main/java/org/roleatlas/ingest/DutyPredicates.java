package org.roleatlas.ingest;

import java.util.Set;
import java.util.regex.Pattern;

import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.RoleMatcher.Mention;
import org.roleatlas.taxonomy.Taxonomy.Cues;

/**
 * A sentence that ends by saying that what it opens with is a role's job ("…지는 것도 CTO의
 * 몫이다", "…明確にするのもPOの大切な仕事です", "…관리하는 것도 주요 업무 중 하나다"): the part before that ending states
 * duties, of the role named right before it (none named: the section's roles).
 */
final class DutyPredicates {

	/** The duties part of such a sentence and the roles the ending names. */
	record Duties(String text, Set<String> roles) {
	}

	/** What may end a sentence after its predicate: a stop, a footnote mark. */
	private static final Pattern SENTENCE_TAIL = Pattern.compile("(?:[.。!！]|\\[\\d+\\])+\\s*$");

	/** The particle a nominalised clause carries before the predicate ("것도", "のも"). */
	private static final Pattern NOMINAL_PARTICLE = Pattern.compile("(?<=[것の])[도은는이가もはが]\\s*$");

	/** How far before the ending the role it names may stand ("POの大切な仕事です"). */
	private static final int MAX_ROLE_GAP = 6;

	private final RoleMatcher roles;

	private final Cues cues;

	DutyPredicates(RoleMatcher roles, Cues cues) {
		this.roles = roles;
		this.cues = cues;
	}

	/**
	 * The duties a sentence states by its ending, or null when it ends otherwise or its
	 * ending names a role that is none of the subjects (any role when none is given).
	 */
	Duties of(String sentence, String lang, Set<String> subjects) {
		String body = SENTENCE_TAIL.matcher(sentence).replaceFirst("");
		String folded = PhraseMatch.fold(body);
		for (String ending : Cues.in(cues.dutyPredicates(), lang)) {
			int at = PhraseMatch.indexOf(folded, ending, 0);
			if (at <= 0 || at + PhraseMatch.lengthOf(ending) != folded.length()) {
				continue;
			}
			Mention named = roles.find(body)
				.stream()
				.filter(m -> m.end() <= at && at - m.end() <= MAX_ROLE_GAP)
				.reduce((first, second) -> second)
				.orElse(null);
			Set<String> slugs = named == null ? Set.of() : roles.rolesNamedWithin(body, named.start(), named.end());
			if (!slugs.isEmpty() && !subjects.isEmpty() && slugs.stream().noneMatch(subjects::contains)) {
				return null;
			}
			String duties = body.substring(0, named == null ? at : named.start());
			duties = NOMINAL_PARTICLE.matcher(duties.strip()).replaceFirst("").strip();
			return duties.isEmpty() ? null : new Duties(duties, slugs);
		}
		return null;
	}

}
