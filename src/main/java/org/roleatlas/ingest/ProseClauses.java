package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleMatcher.Mention;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.Taxonomy.Cues;

/**
 * The duty clauses of a prose sentence whose subject is a role or a pronoun for it ("The
 * engineering manager hires the team, sets goals and removes blockers"): the sentence
 * without its subject, split on the language's coordination, a fragment that only
 * continues the one before (an object, a prepositional phrase) joined back to it.
 */
final class ProseClauses {

	/**
	 * One clause of a sentence, with the roles its subject named (none for a pronoun).
	 */
	record Clause(String text, int offset, Set<String> roles) {
	}

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

	private static final Pattern LEADING_ARTICLE = Pattern
		.compile("^(?i)(?:the|a|an|le|la|l'|les|un|une|der|die|das|ein|eine|el|los|o|os|il|lo|de|het|een|en)\\s+$");

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

	private static final Pattern QUESTION = Pattern.compile("[?？]\\s*$");

	private static final int MIN_LATIN_WORDS = 2;

	private static final int MIN_CJK_CHARS = 3;

	private final RoleMatcher roles;

	private final Cues cues;

	private final Map<String, Pattern> separators = new ConcurrentHashMap<>();

	private final List<String> definitionMarkers;

	/**
	 * @param definitionMarkers the copulas of a sentence defining a role (phrases.yaml):
	 * such a sentence says what the role is, not what it does
	 */
	ProseClauses(RoleMatcher roles, Cues cues, List<String> definitionMarkers) {
		this.roles = roles;
		this.cues = cues;
		this.definitionMarkers = definitionMarkers;
	}

	/**
	 * The clauses of the sentence, or none when its subject is not one of the roles (any
	 * role when none is given) or a pronoun, or when it asks a question.
	 */
	List<Clause> of(String sentence, String lang, Set<String> subjects) {
		if (saysNoDuty(sentence)) {
			return List.of();
		}
		int[] subject = subject(sentence, lang, subjects);
		if (subject == null) {
			return List.of();
		}
		Set<String> named = roles.rolesNamedWithin(sentence, subject[0], subject[1]);
		return split(sentence, subject[2], lang, named);
	}

	/**
	 * The clauses of a sentence that goes on about the role of the sentence before it
	 * without naming a subject ("Successivamente predispone il piano di progetto"), in a
	 * language that drops such a subject; none when the sentence opens with a subject of
	 * its own or names a role.
	 */
	List<Clause> continuing(String sentence, String lang, Set<String> named) {
		List<String> openers = cues.ownSubjectOpeners().get(lang);
		if (openers == null || saysNoDuty(sentence) || !roles.find(sentence).isEmpty()) {
			return List.of();
		}
		String first = PhraseMatch.fold(sentence).split("[^\\p{L}]+", 2)[0];
		if (first.isEmpty() || openers.contains(first)) {
			return List.of();
		}
		List<Clause> clauses = split(sentence, 0, lang, named);
		// a phrase fronted to the verb ("Nella fase di chiusura, infine, verifica …") is
		// no clause of its own
		boolean fronted = clauses.size() > 1 && Cues.in(cues.continuations(), lang)
			.contains(PhraseMatch.fold(clauses.get(0).text()).split("[\\s']+")[0]);
		return fronted ? clauses.subList(1, clauses.size()) : clauses;
	}

	private boolean saysNoDuty(String sentence) {
		return QUESTION.matcher(sentence).find()
				|| PhraseMatch.containsAny(" " + PhraseMatch.fold(sentence) + " ", definitionMarkers);
	}

	/**
	 * Start and end of the sentence's subject and where its clauses start, or null when
	 * no subject opens it. A short fronted phrase may stand before the subject ("Durante
	 * l’esecuzione egli guida"); in a verb-second language the verb then stands between
	 * them and opens the clause ("Anschließend erstellt er den Projektplan").
	 */
	private int[] subject(String sentence, String lang, Set<String> subjects) {
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
			if (!mention.resolved() || (!subjects.isEmpty() && !subjects.contains(mention.slug()))) {
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
			if (lead.isBlank() || LEADING_ARTICLE.matcher(lead).matches()) {
				return new int[] { 0, mention.end(), tailEnd(sentence, mention.end()) };
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
		return words.length <= MAX_LEAD_WORDS && java.util.Arrays.stream(words).noneMatch(subordinators::contains);
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

	private List<Clause> split(String sentence, int start, String lang, Set<String> named) {
		List<int[]> spans = new ArrayList<>();
		Matcher separator = separator(lang).matcher(sentence);
		int from = start;
		while (separator.find(from)) {
			if (insideBrackets(sentence, start, separator.start())) {
				from = separator.end();
				continue;
			}
			if (separator.start() > from) {
				spans.add(new int[] { from, separator.start() });
			}
			from = Math.max(separator.end(), from + 1);
			if (from >= sentence.length()) {
				break;
			}
		}
		if (from < sentence.length()) {
			spans.add(new int[] { from, sentence.length() });
		}
		List<int[]> joined = new ArrayList<>();
		for (int[] span : spans) {
			String fragment = sentence.substring(span[0], span[1]).strip();
			if (!joined.isEmpty() && continues(fragment, lang)) {
				joined.get(joined.size() - 1)[1] = span[1];
			}
			else {
				joined.add(span);
			}
		}
		List<Clause> clauses = new ArrayList<>();
		for (int[] span : joined) {
			String text = sentence.substring(span[0], span[1]).strip().replaceAll("[.!?。！？]+$", "");
			if (!text.isEmpty()) {
				clauses.add(new Clause(text, span[0], named));
			}
		}
		return clauses;
	}

	/** A separator inside brackets or quotes ("(Product Manager, PM)") splits nothing. */
	private static boolean insideBrackets(String sentence, int from, int at) {
		int depth = 0;
		for (int i = from; i < at; i++) {
			char c = sentence.charAt(i);
			if ("(（「“《[".indexOf(c) >= 0) {
				depth++;
			}
			else if (")）」”》]".indexOf(c) >= 0 && depth > 0) {
				depth--;
			}
		}
		return depth > 0;
	}

	/**
	 * A fragment continues the clause before it when it opens with a continuation word or
	 * is too short to say a duty of its own.
	 */
	private boolean continues(String fragment, String lang) {
		boolean cjk = fragment.codePoints().anyMatch(ProseClauses::isCjk);
		if (cjk) {
			return fragment.length() < MIN_CJK_CHARS;
		}
		if (fragment.split("\\s+").length < MIN_LATIN_WORDS) {
			return true;
		}
		String first = PhraseMatch.fold(fragment).split("[\\s']+")[0];
		return Cues.in(cues.continuations(), lang).contains(first);
	}

	private Pattern separator(String lang) {
		return separators.computeIfAbsent(lang, this::separatorOf);
	}

	private Pattern separatorOf(String lang) {
		List<String> alternatives = new ArrayList<>();
		alternatives.add(lang.equals("zh") ? "[,;，；]\\s*" : "[,;，；、]\\s*");
		for (String word : Cues.in(cues.coordinators(), lang)) {
			String w = word.startsWith("~") ? word.substring(1) : word;
			alternatives.add(word.startsWith("~") ? Pattern.quote(w)
					: "(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}\\p{N}])\\s*");
		}
		for (String ending : Cues.in(cues.clauseEndings(), lang)) {
			alternatives.add("(?<=\\p{L}" + Pattern.quote(ending) + ")\\s+");
		}
		return Pattern.compile(String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	static boolean isCjk(int codePoint) {
		Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
		return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
				|| script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
	}

}
