package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.corpus.CandidateDecision;
import org.roleatlas.corpus.ItemKind;
import org.roleatlas.corpus.Occurrence;
import org.roleatlas.taxonomy.ConceptMatcher;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TextNormalizer;

/**
 * Finds the responsibilities, skills and metrics of an article in two steps: the
 * structure offers candidates ({@link CandidateReader}), cues decide each one
 * ({@link CueJudge}). Kept candidates saying the same thing merge into one item with
 * every occurrence; every decision, kept or dropped, is returned with its cue.
 */
final class ItemExtractor {

	/** The items of an article and the decision on every candidate. */
	record Extraction(List<ExtractedItem> items, List<CandidateDecision> decisions) {
	}

	/** "Head: description" or "Head – description"; the head is short. */
	private static final Pattern COLON_OR_SPACED_DASH = Pattern
		.compile("^(.{1,100}?)(?:\\s*[:：]\\s+|\\s+[–—-]\\s+)(.+)$");

	/**
	 * "ledarskapsförmåga-förmågan att …", "analytiska färdigheter-avancera …": an
	 * unspaced hyphen only splits off a sentence-long description in lower case after a
	 * one-word head, or a head of a few words whose last is long, a term of its own;
	 * after a short word inside a phrase ("Setting product-level objectives", "Run a
	 * lessons-learned session") it joins a compound.
	 */
	private static final Pattern UNSPACED_HYPHEN = Pattern
		.compile("^([^\\s-]+|(?:[^\\s-]+\\s){1,3}\\p{L}{9,})-(\\p{Ll}.*)$");

	private final CandidateReader reader;

	private final CueJudge judge;

	private final LanguageDetector languages;

	private final ConceptMatcher concepts;

	ItemExtractor(Taxonomy taxonomy, SectionClassifier classifier, RoleMatcher roles, LanguageDetector languages,
			ConceptMatcher concepts) {
		this.reader = new CandidateReader(classifier, roles, taxonomy);
		this.judge = new CueJudge(taxonomy.phrases(), taxonomy.cues());
		this.languages = languages;
		this.concepts = concepts;
	}

	/** The items of the article about the given subject roles. */
	Extraction extract(ParsedArticle article, Set<String> subjects) {
		Map<String, Draft> drafts = new LinkedHashMap<>();
		List<CandidateDecision> decisions = new ArrayList<>();
		for (Candidate candidate : reader.read(article, subjects)) {
			String text = TextNormalizer.stripTrailingPunctuation(candidate.text());
			if (text.isEmpty()) {
				continue;
			}
			CueJudge.Verdict verdict = judge.judge(candidate, article.lang());
			decisions.add(new CandidateDecision(candidate.line(), text, verdict.kind(), verdict.cue()));
			if (verdict.kept()) {
				add(article, candidate, text, verdict, drafts);
			}
		}
		return new Extraction(drafts.values().stream().map(Draft::toItem).toList(), decisions);
	}

	private void add(ParsedArticle article, Candidate candidate, String text, CueJudge.Verdict verdict,
			Map<String, Draft> drafts) {
		String key = verdict.kind() + "|" + TextNormalizer.comparisonKey(text);
		Draft draft = drafts.get(key);
		if (draft == null) {
			var detection = languages.detect(text);
			String lang = detection.confident() ? detection.lang() : article.lang();
			draft = new Draft(verdict.kind(), text, lang, concepts.match(text), verdict.cue());
			drafts.put(key, draft);
		}
		String section = candidate.section() != null ? candidate.section()
				: article.title() != null ? article.title() : "";
		draft.occurrences.add(new Occurrence(candidate.line(), section));
		draft.forSubjects |= candidate.roles().isEmpty();
		draft.roles.addAll(candidate.roles());
		draft.describe(candidate.description());
	}

	/**
	 * Splits a bullet into its head and the rest: a colon or a spaced dash wins over an
	 * unspaced hyphen, so "Managing the cross-functional product team: …" keeps
	 * "cross-functional" whole.
	 */
	static String[] splitHead(String text) {
		if (!containsHeadSeparator(text)) {
			// most items have none, and the patterns would try a head at every position
			return new String[] { text, null };
		}
		Matcher colon = COLON_OR_SPACED_DASH.matcher(text);
		if (colon.matches()) {
			return new String[] { colon.group(1).strip(), colon.group(2).strip() };
		}
		Matcher hyphen = UNSPACED_HYPHEN.matcher(text);
		if (hyphen.matches() && hyphen.group(2).split(" ").length >= 5) {
			return new String[] { hyphen.group(1).strip(), hyphen.group(2).strip() };
		}
		return new String[] { text, null };
	}

	/** Whether the text holds a character that either head pattern needs. */
	private static boolean containsHeadSeparator(String text) {
		for (int i = 0; i < text.length(); i++) {
			switch (text.charAt(i)) {
				case ':', '：', '–', '—', '-':
					return true;
				default:
			}
		}
		return false;
	}

	/**
	 * An item while its article is read: occurrences, roles and description still
	 * growing.
	 */
	private static final class Draft {

		private final ItemKind kind;

		private final String text;

		private final String lang;

		private final Set<String> concepts;

		private final String cue;

		private final List<Occurrence> occurrences = new ArrayList<>();

		private final Set<String> roles = new LinkedHashSet<>();

		/**
		 * Whether some occurrence stands where no role is named: it is the subjects'
		 * item.
		 */
		private boolean forSubjects;

		private String description;

		Draft(ItemKind kind, String text, String lang, Set<String> concepts, String cue) {
			this.kind = kind;
			this.text = text;
			this.lang = lang;
			this.concepts = concepts;
			this.cue = cue;
		}

		void describe(String more) {
			if (more != null && !more.isBlank() && (description == null || !description.contains(more))) {
				String normalized = TextNormalizer.normalize(more);
				description = description == null ? normalized : description + " " + normalized;
			}
		}

		ExtractedItem toItem() {
			return new ExtractedItem(kind, text, description, lang, List.copyOf(occurrences), concepts,
					forSubjects ? Set.of() : Set.copyOf(roles), cue);
		}

	}

}
