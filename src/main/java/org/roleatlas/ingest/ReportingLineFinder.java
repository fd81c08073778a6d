package org.roleatlas.ingest;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.ingest.ArticleFacts.ReportingFact;
import org.roleatlas.ingest.Sentences.Sentence;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleMatcher.Mention;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.Taxonomy;

/**
 * Finds who reports to whom: a sentence matching a reporting pattern of the taxonomy
 * links the roles named before its verb (or, failing those, the article's subjects) to
 * the role it reports to.
 */
final class ReportingLineFinder {

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/**
	 * Words that may stand between a pronoun subject and the reporting verb: one adverb
	 * ("they usually report"); more means the pronoun opened a noun phrase instead ("de
	 * flesta ingenjörer rapporterar", most engineers).
	 */
	private static final int MAX_WORDS_AFTER_PRONOUN = 1;

	private static final Pattern CLAUSE_BREAK = Pattern.compile("[,:;()、，：；（）]");

	private final Taxonomy.Phrases phrases;

	private final RoleMatcher roles;

	private final List<ReportingPattern> reportingPatterns;

	private final RequiredLiterals reportingLiterals;

	/**
	 * A reporting pattern whose target comes first (Korean 에게 보고, Japanese に報告) makes the
	 * regex engine try a target at every position of every sentence; its verb alone,
	 * tried first, rules out nearly all sentences at the cost of a literal search. Before
	 * either, the literals the patterns need rule out most sentences in one pass
	 * ({@link RequiredLiterals}).
	 */
	private record ReportingPattern(Pattern pattern, Pattern verbAfterTarget) {

		private static final Pattern LEADING_TARGET = Pattern.compile("^\\(\\?<target>[^)]*\\)");

		static ReportingPattern of(Pattern pattern) {
			Matcher target = LEADING_TARGET.matcher(pattern.pattern());
			return new ReportingPattern(pattern,
					target.find() ? Pattern.compile(pattern.pattern().substring(target.end()), pattern.flags()) : null);
		}

		boolean mayMatch(String sentence) {
			return verbAfterTarget == null || verbAfterTarget.matcher(sentence).find();
		}

	}

	ReportingLineFinder(Taxonomy.Phrases phrases, RoleMatcher roles) {
		this.phrases = phrases;
		this.roles = roles;
		this.reportingPatterns = phrases.reportingPatterns().stream().map(ReportingPattern::of).toList();
		this.reportingLiterals = RequiredLiterals.of(phrases.reportingPatterns());
	}

	List<ReportingFact> find(ParsedArticle article, Set<String> subjects) {
		Map<String, ReportingFact> facts = new LinkedHashMap<>();
		for (Block block : article.blocks()) {
			for (Sentence sentence : Sentences.of(block, article.lang())) {
				BitSet possible = reportingLiterals.mayMatch(RequiredLiterals.fold(sentence.text()));
				for (int p = possible.nextSetBit(0); p >= 0; p = possible.nextSetBit(p + 1)) {
					ReportingPattern pattern = reportingPatterns.get(p);
					if (!pattern.mayMatch(sentence.text())) {
						continue;
					}
					Matcher m = pattern.pattern().matcher(sentence.text());
					while (m.find()) {
						reportingLine(sentence, m, subjects)
							.forEach(f -> facts.putIfAbsent(f.role() + ">" + f.reportsTo(), f));
					}
				}
			}
		}
		return List.copyOf(facts.values());
	}

	private List<ReportingFact> reportingLine(Sentence sentence, Matcher m, Set<String> subjects) {
		int targetStart = m.start("target");
		int targetEnd = m.end("target");
		boolean targetFollowsVerb = targetEnd == m.end();
		List<Mention> mentions = roles.find(sentence.text());
		List<Mention> inTarget = mentions.stream()
			.filter(Mention::resolved)
			.filter(x -> x.start() >= targetStart && x.end() <= targetEnd)
			.toList();
		if (inTarget.isEmpty()) {
			return List.of();
		}
		Mention targetMention = targetFollowsVerb ? inTarget.get(0) : inTarget.get(inTarget.size() - 1);
		String target = targetMention.slug();
		// Who reports is named before the verb (or, verb-final, before the role reported
		// to).
		int leadEnd = targetFollowsVerb ? m.start()
				: inTarget.stream().filter(x -> x.slug().equals(target)).findFirst().orElseThrow().start();
		Set<String> reporters = new LinkedHashSet<>();
		mentions.stream()
			.filter(x -> x.resolved() && x.end() <= leadEnd)
			.map(Mention::slug)
			.filter(s -> !s.equals(target))
			.forEach(reporters::add);
		if (reporters.isEmpty()) {
			reporters.addAll(implicitReporters(sentence.text().substring(0, leadEnd), mentions, subjects));
		}
		return reporters.stream()
			.filter(r -> !r.equals(target))
			.map(r -> new ReportingFact(r, target, sentence.text(), sentence.line()))
			.toList();
	}

	/**
	 * Who reports when the sentence names no role before the verb: the subject roles when
	 * the lead is an ambiguous name of one of them ("the PM reports to …") or a pronoun,
	 * or when it has no subject at all.
	 */
	private Set<String> implicitReporters(String lead, List<Mention> mentions, Set<String> subjects) {
		Set<String> named = new LinkedHashSet<>();
		mentions.stream()
			.filter(x -> !x.resolved() && x.end() <= lead.length())
			.forEach(x -> named.addAll(x.candidates()));
		if (!named.isEmpty()) {
			named.retainAll(subjects);
			return named;
		}
		return subjectOmittedOrPronoun(lead) ? subjects : Set.of();
	}

	private boolean subjectOmittedOrPronoun(String lead) {
		if (!LETTER.matcher(lead).find()) {
			return true;
		}
		String clause = "";
		for (String part : CLAUSE_BREAK.split(lead)) {
			clause = part.isBlank() ? clause : part;
		}
		String folded = PhraseMatch.fold(clause);
		int pronounEnd = phrases.reportingSubjectPronouns()
			.stream()
			.filter(p -> PhraseMatch.indexOf(folded, p, 0) == 0)
			.mapToInt(PhraseMatch::lengthOf)
			.max()
			.orElse(-1);
		if (pronounEnd < 0) {
			return false;
		}
		// A particle attached to the pronoun ("彼らは通常", "그들은") belongs to it, not to the
		// words after it.
		int wordEnd = pronounEnd;
		while (wordEnd < folded.length() && PhraseMatch.isWordChar(folded.codePointAt(wordEnd))) {
			wordEnd += Character.charCount(folded.codePointAt(wordEnd));
		}
		String rest = folded.substring(wordEnd).strip();
		return rest.isEmpty() || rest.split("\\s+").length <= MAX_WORDS_AFTER_PRONOUN;
	}

}
