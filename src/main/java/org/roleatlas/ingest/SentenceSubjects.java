package org.roleatlas.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleMatcher.Mention;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.Taxonomy.Cues;

/**
 * Finds the subject of a prose sentence when it is a role or a pronoun for it: at the
 * start ("The PM owns …", "PO는 …"), after a short fronted phrase ("Durante l’esecuzione
 * egli guida …") or, in a verb-second language, after the verb that follows such a phrase
 * ("Anschließend erstellt er …"), and where the sentence's duty clauses start.
 */
final class SentenceSubjects {

	/**
	 * How far into a sentence its subject may stand ("Zu Beginn klärt der
	 * Projektleiter").
	 */
	private static final int MAX_SUBJECT_OFFSET = 40;

	/** How many words a phrase fronted before a pronoun subject may have. */
	private static final int MAX_LEAD_WORDS = 5;

	/** What a fronted phrase does not hold: the end of a clause or a quotation. */
	private static final Pattern LEAD_BREAK = Pattern.compile("[.:;!?\"“”„«»()]");

	/** The verb right before a pronoun: "Anschließend erstellt er", after a phrase. */
	private static final Pattern FRONTED_VERB = Pattern.compile("\\S\\s+(\\p{Ll}[\\p{L}-]*)\\s+$");

	/** An article right before a role: "klärt der Projektleiter". */
	private static final Pattern TRAILING_ARTICLE = Pattern
		.compile("(?<=\\s)(?i:der|die|das|den|dem|des|de|het|een|en|ett|le|la|l'|les|el|il|lo|o|a)\\s+$");

	/**
	 * Particles and articles glued to or standing right after a subject: "PO는", "POは",
	 * "The PM", "Le chef de produit".
	 */
	private static final Pattern SUBJECT_TAIL = Pattern
		.compile("^(?:\\s*[（(][^)）]{1,20}[)）])?\\s*(?:은|는|이|가|は|が|也|要|，|,)?\\s*");

	/**
	 * An article, and maybe one word describing the role, before it: "The PM", "A good
	 * EM".
	 */
	private static final Pattern LEADING_ARTICLE = Pattern.compile(
			"^(?i:the|a|an|le|la|l'|les|un|une|der|die|das|ein|eine|el|los|o|os|il|lo|de|het|een|en)\\s+(?:(\\p{Ll}[\\p{Ll}-]*)\\s+)?$");

	/**
	 * A phrase fronted to the subject by a comma, and its article: "Outside the events,
	 * the ".
	 */
	private static final Pattern COMMA_FRONTED = Pattern
		.compile("^([^,]+),\\s*(?i:the|a|an|le|la|l'|les|un|une|el|los|o|os|il|lo|de|het|een|en)\\s+$");

	/** A verb, then an article right before the subject: "… klärt der ", "… gör en ". */
	private static final Pattern INVERTED_LEAD = Pattern
		.compile("\\p{Ll}+\\s+(?i:der|die|das|den|le|la|el|il|o|a|de|het|en)\\s+$");

	/**
	 * A Korean or Japanese subject particle, after an optional parenthesis: "PM(제품)은".
	 */
	private static final Pattern CJK_SUBJECT = Pattern.compile("^(?:\\s*[（(][^)）]{1,30}[)）])?\\s*(?:은|는|이|가|は|が)");

	/**
	 * Chinese has no subject particle: a role followed by these is an object or a
	 * definition.
	 */
	private static final Pattern ZH_NOT_SUBJECT = Pattern.compile("^(?:\\s*[（(][^)）]{1,30}[)）])?\\s*[的和与、是及或，,]");

	private static final Set<String> CJK_LANGUAGES = Set.of("ko", "ja", "zh");

	/** How much may stand before a CJK subject ("오전에는", "一方、"). */
	private static final int MAX_CJK_LEAD = 6;

	private final RoleMatcher roles;

	private final Cues cues;

	SentenceSubjects(RoleMatcher roles, Cues cues) {
		this.roles = roles;
		this.cues = cues;
	}

	/**
	 * Start and end of the sentence's subject and where its clauses start, or null when
	 * no subject opens it. A short fronted phrase may stand before the subject ("Durante
	 * l’esecuzione egli guida"); in a verb-second language the verb then stands between
	 * them and opens the clause ("Anschließend erstellt er den Projektplan").
	 */
	int[] of(String sentence, String lang, Set<String> subjects) {
		String folded = PhraseMatch.fold(sentence);
		boolean verbSecond = cues.verbSecond().contains(lang);
		List<String> articles = Cues.in(cues.continuations(), lang);
		// the longest pronoun first: "hon eller han" before "hon"
		int[] pronoun = null;
		for (String word : Cues.in(cues.subjectPronouns(), lang)) {
			int at = PhraseMatch.indexOf(folded, word, 0);
			int end = at + PhraseMatch.lengthOf(word);
			if (at == 0 && (pronoun == null || pronoun[0] > 0 || end > pronoun[1])) {
				pronoun = new int[] { 0, end, tailEnd(sentence, end) };
			}
			// a pronoun that is also an article ("de") is no subject after a phrase
			else if (at > 0 && !articles.contains(word)
					&& (pronoun == null || at < pronoun[0] || (at == pronoun[0] && end > pronoun[1]))) {
				int clause = verbSecond ? frontedVerb(sentence.substring(0, at), lang)
						: frontedPhrase(sentence.substring(0, at), lang) ? tailEnd(sentence, end) : -1;
				pronoun = clause < 0 ? pronoun : new int[] { at, end, clause };
			}
		}
		if (pronoun != null) {
			return pronoun;
		}
		for (Mention mention : roles.find(sentence)) {
			if (!namesASubject(mention, subjects)) {
				continue;
			}
			String lead = sentence.substring(0, mention.start());
			String after = sentence.substring(mention.end());
			if (CJK_LANGUAGES.contains(lang)) {
				boolean particle = lang.equals("zh") ? !ZH_NOT_SUBJECT.matcher(after).find()
						: CJK_SUBJECT.matcher(after).find();
				return lead.length() <= MAX_CJK_LEAD && particle
						? new int[] { 0, mention.end(), tailEnd(sentence, mention.end()) } : null;
			}
			if (lead.isBlank() || describedRole(lead, lang)) {
				return new int[] { 0, mention.end(), tailEnd(sentence, mention.end()) };
			}
			Matcher comma = COMMA_FRONTED.matcher(lead);
			if (!verbSecond && comma.matches() && frontedPhrase(comma.group(1), lang)) {
				return new int[] { mention.start(), mention.end(), tailEnd(sentence, mention.end()) };
			}
			// An inverted clause names its subject after the verb: "Zu Beginn klärt der
			// Projektleiter", "Sedan lämnar projektledaren över".
			String bare = TRAILING_ARTICLE.matcher(lead).replaceFirst("");
			int clause = verbSecond ? frontedVerb(bare, lang)
					: INVERTED_LEAD.matcher(lead).find() && frontedPhrase(bare, lang) ? tailEnd(sentence, mention.end())
							: -1;
			return clause < 0 ? null : new int[] { mention.start(), mention.end(), clause };
		}
		return null;
	}

	/**
	 * The subjects a name of several meanings that ends a sentence's subject may mean
	 * ("PM" in an article about the product manager and the PO); empty when the subject
	 * is no such name.
	 */
	Set<String> meantBy(String sentence, int start, int end, Set<String> subjects) {
		return roles.find(sentence)
			.stream()
			.filter(m -> !m.resolved() && m.start() >= start && m.end() == end)
			.flatMap(m -> m.candidates().stream())
			.filter(subjects::contains)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Whether the mention names one of the subjects (any role when none is given); a name
	 * of several meanings ("EM") names a subject it may mean, in an article about that
	 * role.
	 */
	private static boolean namesASubject(Mention mention, Set<String> subjects) {
		if (!mention.resolved()) {
			return !subjects.isEmpty() && mention.candidates().stream().anyMatch(subjects::contains);
		}
		return subjects.isEmpty() || subjects.contains(mention.slug());
	}

	/**
	 * Whether the text before a role is its article, maybe with a word describing it ("A
	 * good "), not a preposition or a word opening a clause ("The role of the").
	 */
	private boolean describedRole(String lead, String lang) {
		Matcher article = LEADING_ARTICLE.matcher(lead);
		if (!article.matches()) {
			return false;
		}
		String word = article.group(1);
		return word == null || !(Cues.in(cues.continuations(), lang).contains(word)
				|| Cues.in(cues.subordinators(), lang).contains(word));
	}

	/**
	 * Whether the text before a subject is a phrase fronted to it: a few words, from the
	 * sentence's start, that end no clause and open no subordinate one.
	 */
	private boolean frontedPhrase(String lead, String lang) {
		if (lead.isBlank() || lead.length() > MAX_SUBJECT_OFFSET || !Character.isUpperCase(lead.codePointAt(0))
				|| LEAD_BREAK.matcher(lead).find()) {
			return false;
		}
		String[] words = PhraseMatch.fold(lead).strip().split("[\\s,']+");
		List<String> subordinators = Cues.in(cues.subordinators(), lang);
		return words.length <= MAX_LEAD_WORDS && Arrays.stream(words).noneMatch(subordinators::contains);
	}

	/**
	 * Where the verb between a fronted phrase and the subject starts ("Anschließend
	 * erstellt "), or -1 when the text before the subject is no phrase and verb.
	 */
	private int frontedVerb(String lead, String lang) {
		Matcher verb = FRONTED_VERB.matcher(lead);
		if (lead.indexOf(',') >= 0 || !verb.find() || !frontedPhrase(lead.substring(0, verb.start(1)), lang)
				|| Cues.in(cues.continuations(), lang).contains(PhraseMatch.fold(verb.group(1)))) {
			return -1;
		}
		return verb.start(1);
	}

	private static int tailEnd(String sentence, int subjectEnd) {
		Matcher tail = SUBJECT_TAIL.matcher(sentence.substring(subjectEnd));
		return tail.find() ? subjectEnd + tail.end() : subjectEnd;
	}

}
