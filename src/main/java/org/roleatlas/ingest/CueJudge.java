package org.roleatlas.ingest;

import java.util.Set;
import java.util.regex.Pattern;

import org.roleatlas.corpus.ItemKind;
import org.roleatlas.ingest.Candidate.Shape;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy.ChromeRule;
import org.roleatlas.taxonomy.Taxonomy.Cues;
import org.roleatlas.taxonomy.Taxonomy.Phrases;
import org.roleatlas.taxonomy.TextNormalizer;

/**
 * Decides each candidate by its cues, in order, and says which cue decided: its shape
 * (page furniture: a link, a date, a counter), its length, what its context says (a
 * heading or introducing sentence of duties, skills or metrics; one that says its items
 * are not duties; a salary, career or comparison section), then its own phrasing (an
 * ability is a skill wherever it stands, except inside a longer item under a duties
 * heading: "Maintain up-to-date knowledge of …" is a duty). A prose clause already has
 * the role as subject, so only its context can drop it.
 */
final class CueJudge {

	/** The decision on one candidate: the item kind, or null when it is dropped. */
	record Verdict(ItemKind kind, String cue) {

		boolean kept() {
			return kind != null;
		}

	}

	private static final int MIN_LETTERS = 2;

	private static final int MAX_ITEM_WORDS = 40;

	private static final int MAX_CLAUSE_WORDS = 25;

	private static final int MIN_CJK_CLAUSE = 4;

	/**
	 * A clause of one word says no duty ("and", "etc."); CJK is counted in characters.
	 */
	private static final int MIN_CLAUSE_WORDS = 2;

	/**
	 * Languages that end an item with its verb ("… 기술을 보유하고 있다"): an ability word there
	 * stands before the verb whether the item is a skill or a duty.
	 */
	private static final Set<String> VERB_FINAL = Set.of("ko", "ja");

	/** An aside in brackets and the punctuation that end an item. */
	private static final Pattern TRAILING_ASIDE = Pattern.compile("(?:\\s*[(（][^)）]*[)）])?[\\s\\p{P}]*$");

	private final Phrases phrases;

	private final Cues cues;

	CueJudge(Phrases phrases, Cues cues) {
		this.phrases = phrases;
		this.cues = cues;
	}

	/** The verdict on a candidate of an article in the given language. */
	Verdict judge(Candidate candidate, String lang) {
		String text = candidate.text().strip();
		for (ChromeRule shape : cues.chromeShapes()) {
			if (shape.pattern().matcher(text).find()) {
				return new Verdict(null, "shape: " + shape.name());
			}
		}
		if (!hasLetters(text, MIN_LETTERS)) {
			return new Verdict(null, "too short");
		}
		boolean clause = candidate.shape() == Shape.PROSE_CLAUSE;
		if (clause && tooShortAClause(text)) {
			return new Verdict(null, "clause too short");
		}
		if (TextNormalizer.wordCount(text) > (clause ? MAX_CLAUSE_WORDS : MAX_ITEM_WORDS)) {
			return new Verdict(null, "too long for an item");
		}
		String folded = PhraseMatch.fold(text);
		if (clause && Cues.in(cues.collaborationClauses(), lang).stream().anyMatch(p -> PhraseMatch.opens(folded, p))) {
			return new Verdict(null, "says whom the role works with");
		}
		if (clause && Cues.in(cues.negations(), lang).stream().anyMatch(p -> PhraseMatch.opens(folded, p))) {
			return new Verdict(null, "says what the role does not do");
		}
		Candidate.Context context = candidate.context();
		if (context.notDuties()) {
			return new Verdict(null, context.cue());
		}
		SectionKind kind = context.kind();
		if (kind == SectionKind.SALARY || kind == SectionKind.CAREER || kind == SectionKind.COMPARISON) {
			return new Verdict(null, context.cue() + " is about " + kind.name().toLowerCase(java.util.Locale.ROOT));
		}
		boolean ability = PhraseMatch.containsAny(folded, phrases.abilityMarkers());
		if (kind == SectionKind.SKILLS) {
			return new Verdict(ItemKind.SKILL, context.cue());
		}
		if (ability && clause) {
			return new Verdict(null, "an ability said in passing, outside a skills section");
		}
		if (ability && (kind != SectionKind.RESPONSIBILITIES || VERB_FINAL.contains(lang) || abilityHeads(folded))) {
			return new Verdict(ItemKind.SKILL, "phrased as an ability");
		}
		if (kind == SectionKind.METRICS) {
			return new Verdict(ItemKind.METRIC, context.cue());
		}
		if (kind == SectionKind.RESPONSIBILITIES) {
			return new Verdict(ItemKind.RESPONSIBILITY, context.cue());
		}
		if (clause) {
			return new Verdict(ItemKind.RESPONSIBILITY, "sentence about the role, " + context.cue());
		}
		return new Verdict(null, "no duty cue: " + context.cue());
	}

	/**
	 * Whether an ability word heads the item: opens it ("Knowledge of SQL", "Ability to
	 * lead") or ends it ("Negotiation skills", "분석 능력", "SQL-Kenntnisse"); inside a
	 * longer duty ("Maintain up-to-date knowledge of hacking trends", "Use computer
	 * skills to manage the site") it is what the duty works with.
	 */
	private boolean abilityHeads(String folded) {
		String text = TRAILING_ASIDE.matcher(folded).replaceFirst("");
		for (String marker : phrases.abilityMarkers()) {
			for (int at = PhraseMatch.indexOf(text, marker, 0); at >= 0; at = PhraseMatch.indexOf(text, marker,
					at + 1)) {
				boolean opens = text.substring(0, at).isBlank() || (marker.startsWith("-") && text.indexOf(' ') > at);
				if (opens || at + PhraseMatch.lengthOf(marker) == text.length()) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean tooShortAClause(String text) {
		long cjk = text.codePoints().filter(ProseClauses::isCjk).count();
		return cjk > 0 ? cjk < MIN_CJK_CLAUSE && TextNormalizer.wordCount(text) < MIN_CLAUSE_WORDS
				: TextNormalizer.wordCount(text) < MIN_CLAUSE_WORDS;
	}

	private static boolean hasLetters(String text, int atLeast) {
		int letters = 0;
		for (int i = 0; i < text.length() && letters < atLeast;) {
			int cp = text.codePointAt(i);
			if (Character.isLetter(cp)) {
				letters++;
			}
			i += Character.charCount(cp);
		}
		return letters >= atLeast;
	}

}
