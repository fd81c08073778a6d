package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.corpus.SalaryFigure;
import org.roleatlas.ingest.ArticleFacts.CareerFact;
import org.roleatlas.ingest.ArticleFacts.DefinitionFact;
import org.roleatlas.ingest.ArticleFacts.ReportingFact;
import org.roleatlas.ingest.ArticleFacts.SalaryFact;
import org.roleatlas.ingest.ArticleFacts.StatementFact;
import org.roleatlas.ingest.Block.Type;
import org.roleatlas.ingest.ParsedArticle.Section;
import org.roleatlas.ingest.Sentences.Sentence;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleMatcher.Mention;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TextNormalizer;

/**
 * Extracts what an article states about roles beyond its items: definitions (of its
 * subject and of the other roles it defines), comparison statements, pay figures,
 * reporting lines and career ladders.
 */
final class FactExtractor {

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final int MIN_LADDER_STEPS = 3;

	private static final int MAX_TITLE_WORDS = 6;

	/**
	 * Words that may stand between a pronoun subject and the reporting verb: one adverb
	 * ("they usually report"); more means the pronoun opened a noun phrase instead ("de
	 * flesta ingenjörer rapporterar", most engineers).
	 */
	private static final int MAX_WORDS_AFTER_PRONOUN = 1;

	private static final Pattern CLAUSE_BREAK = Pattern.compile("[,:;()、，]");

	/**
	 * "avdelningschefen – CPO": a spaced dash in a ladder step opens an apposition, often
	 * the role's own name.
	 */
	private static final Pattern SPACED_DASH = Pattern.compile("\\s[–—-]\\s");

	private final Taxonomy.Phrases phrases;

	private final RoleMatcher roles;

	private final LanguageDetector languages;

	private final SalaryParser salaries;

	private final List<ReportingPattern> reportingPatterns;

	/**
	 * A reporting pattern whose target comes first (Korean 에게 보고, Japanese に報告) makes the
	 * regex engine try a target at every position of every sentence; its verb alone,
	 * tried first, rules out nearly all sentences at the cost of a literal search.
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

	public FactExtractor(Taxonomy.Phrases phrases, RoleMatcher roles, LanguageDetector languages) {
		this.phrases = phrases;
		this.roles = roles;
		this.languages = languages;
		this.salaries = new SalaryParser(phrases.salary());
		this.reportingPatterns = phrases.reportingPatterns().stream().map(ReportingPattern::of).toList();
	}

	public ArticleFacts extract(ParsedArticle article, Set<String> subjects) {
		return new ArticleFacts(definitions(article, subjects), statements(article), salaries(article, subjects),
				reportingLines(article, subjects), careerPath(article, subjects));
	}

	private List<DefinitionFact> definitions(ParsedArticle article, Set<String> subjects) {
		Map<String, DefinitionFact> definitions = new LinkedHashMap<>();
		article.preamble().stream().filter(b -> b.type() == Type.PARAGRAPH).findFirst().ifPresent(first -> {
			Sentence opening = Sentences.of(first, article.lang()).get(0);
			if (PhraseMatch.containsAny(" " + PhraseMatch.fold(opening.text()) + " ", phrases.definitionMarkers())) {
				roles.rolesNamed(opening.text())
					.forEach(role -> define(definitions, role, first.text(), first.line(), article));
			}
		});
		for (Section section : article.sections()) {
			if (section.kind() == SectionKind.DEFINITION) {
				Set<String> named = roles.rolesNamed(section.heading());
				Set<String> targets = named.isEmpty() ? subjects : named;
				section.blocks()
					.stream()
					.filter(b -> b.type() == Type.PARAGRAPH)
					.findFirst()
					.ifPresent(first -> targets
						.forEach(role -> define(definitions, role, first.text(), first.line(), article)));
			}
			for (Block block : section.blocks()) {
				String[] headAndRest = ItemExtractor.splitHead(block.text());
				if (headAndRest[1] != null && !LETTER.matcher(roles.withoutRoleNames(headAndRest[0])).find()) {
					roles.rolesNamed(headAndRest[0])
						.forEach(role -> define(definitions, role, headAndRest[1], block.line(), article));
				}
			}
		}
		return List.copyOf(definitions.values());
	}

	private void define(Map<String, DefinitionFact> definitions, String role, String text, int line,
			ParsedArticle article) {
		definitions.putIfAbsent(role + "|" + text, new DefinitionFact(role, text, langOf(text, article), line));
	}

	private String langOf(String text, ParsedArticle article) {
		var detection = languages.detect(text);
		return detection.confident() ? detection.lang() : article.lang();
	}

	private List<StatementFact> statements(ParsedArticle article) {
		List<StatementFact> statements = new ArrayList<>();
		comparisonsIn(article.preamble(), article, statements);
		for (Section section : article.sections()) {
			if (section.kind() == SectionKind.COMPARISON) {
				StringBuilder text = new StringBuilder();
				section.blocks().forEach(b -> text.append(text.isEmpty() ? "" : "\n").append(b.text()));
				Set<String> named = roles.rolesNamed(text.toString());
				if (named.size() >= 2) {
					int line = section.blocks().isEmpty() ? section.line() : section.blocks().get(0).line();
					statements.add(new StatementFact(text.toString(), langOf(text.toString(), article), line, named));
				}
			}
			else {
				comparisonsIn(section.blocks(), article, statements);
			}
		}
		return statements;
	}

	/**
	 * A sentence naming two roles with a comparison marker is a statement; neighbouring
	 * ones (at most one sentence apart, across paragraphs) form one passage.
	 */
	private void comparisonsIn(List<Block> blocks, ParsedArticle article, List<StatementFact> statements) {
		List<Sentence> sentences = new ArrayList<>();
		blocks.stream()
			.filter(b -> b.type() == Type.PARAGRAPH)
			.forEach(b -> sentences.addAll(Sentences.of(b, article.lang())));
		int runStart = -1;
		int runEnd = -1;
		for (int i = 0; i <= sentences.size(); i++) {
			boolean comparison = i < sentences.size() && isComparison(sentences.get(i).text());
			if (comparison && runStart >= 0 && i - runEnd <= 2) {
				runEnd = i;
			}
			else if (comparison || i == sentences.size()) {
				if (runStart >= 0) {
					statements.add(statement(sentences.subList(runStart, runEnd + 1), article));
				}
				runStart = comparison ? i : -1;
				runEnd = comparison ? i : -1;
			}
		}
	}

	private boolean isComparison(String sentence) {
		return roles.rolesNamed(sentence).size() >= 2
				&& PhraseMatch.containsAny(" " + PhraseMatch.fold(sentence) + " ", phrases.comparisonMarkers());
	}

	private StatementFact statement(List<Sentence> passage, ParsedArticle article) {
		String text = String.join(" ", passage.stream().map(Sentence::text).toList());
		return new StatementFact(text, langOf(text, article), passage.get(0).line(), roles.rolesNamed(text));
	}

	private List<SalaryFact> salaries(ParsedArticle article, Set<String> subjects) {
		List<SalaryFact> facts = new ArrayList<>();
		for (Section section : article.sections()) {
			if (section.kind() != SectionKind.SALARY) {
				continue;
			}
			for (Block block : section.blocks()) {
				String[] headAndRest = ItemExtractor.splitHead(block.text());
				String source = headAndRest[1] != null && headAndRest[0].split(" ").length <= 3 ? headAndRest[0] : null;
				String text = block.detail() == null ? block.text() : block.text() + " " + block.detail();
				for (SalaryFigure figure : salaries.parse(source, text, block.line())) {
					subjects.forEach(role -> facts.add(new SalaryFact(role, figure)));
				}
			}
		}
		return facts;
	}

	private List<ReportingFact> reportingLines(ParsedArticle article, Set<String> subjects) {
		Map<String, ReportingFact> facts = new LinkedHashMap<>();
		for (Block block : article.blocks()) {
			for (Sentence sentence : Sentences.of(block, article.lang())) {
				for (ReportingPattern pattern : reportingPatterns) {
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

	private record Marker(int start, int end, boolean introducesTitle) {
	}

	/**
	 * @param role null when the title names no known role, or more than one
	 */
	private record Step(String title, String role, int line) {
	}

	private List<CareerFact> careerPath(ParsedArticle article, Set<String> subjects) {
		List<Step> steps = new ArrayList<>();
		for (Section section : article.sections()) {
			if (section.kind() != SectionKind.CAREER) {
				continue;
			}
			for (Block block : section.blocks()) {
				if (block.type() == Type.PARAGRAPH) {
					steps.addAll(ladderSteps(block));
				}
			}
		}
		if (steps.size() < MIN_LADDER_STEPS) {
			return List.of();
		}
		List<CareerFact> facts = new ArrayList<>();
		for (String role : subjects) {
			for (int i = 0; i < steps.size(); i++) {
				Step step = steps.get(i);
				facts.add(new CareerFact(role, i + 1, step.title(), step.role(), step.line()));
			}
		}
		return facts;
	}

	/**
	 * Titles after career markers, cut where a clause starts; a sequence marker counts
	 * only before a role name.
	 */
	private List<Step> ladderSteps(Block block) {
		String text = block.text();
		String folded = text.toLowerCase(Locale.ROOT);
		List<Marker> markers = new ArrayList<>();
		collect(folded, phrases.careerTitleMarkers(), true, markers);
		collect(folded, phrases.careerSequenceMarkers(), false, markers);
		markers.sort(
				Comparator.comparingInt(Marker::start).thenComparing(Comparator.comparingInt(Marker::end).reversed()));
		List<Marker> kept = new ArrayList<>();
		for (Marker marker : markers) {
			if (kept.isEmpty() || marker.start() >= kept.get(kept.size() - 1).end()) {
				kept.add(marker);
			}
		}
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			Marker marker = kept.get(i);
			int end = i + 1 < kept.size() ? kept.get(i + 1).start() : text.length();
			String title = cutTitle(text.substring(marker.end(), end));
			if (title.isEmpty()) {
				continue;
			}
			Step step = step(text, text.indexOf(title, marker.end()), title, block.lineAt(marker.start()));
			boolean plausible = step.title().split(" ").length <= MAX_TITLE_WORDS && (marker.introducesTitle()
					|| step.role() != null || roles.find(step.title()).stream().anyMatch(x -> !x.resolved()));
			if (plausible) {
				steps.add(step);
			}
		}
		return steps;
	}

	/**
	 * The step's role, read in the block so that an ambiguous alias resolves by its
	 * sentence ("associate product managers, sedan produktchefer"). After a spaced dash,
	 * a bare role name is the step's own name and gives the role when the head names
	 * none; anything else there is a remark and is cut off the title.
	 */
	private Step step(String text, int at, String title, int line) {
		Matcher dash = SPACED_DASH.matcher(title);
		if (!dash.find()) {
			return new Step(title, onlyRole(roles.rolesNamedWithin(text, at, at + title.length())), line);
		}
		String head = TextNormalizer.stripTrailingPunctuation(title.substring(0, dash.start()));
		String apposition = title.substring(dash.end());
		String role = onlyRole(roles.rolesNamedWithin(text, at, at + dash.start()));
		if (LETTER.matcher(roles.withoutRoleNames(apposition)).find()) {
			return new Step(head, role, line);
		}
		return new Step(title,
				role != null ? role : onlyRole(roles.rolesNamedWithin(text, at + dash.end(), at + title.length())),
				line);
	}

	private static String onlyRole(Set<String> named) {
		return named.size() == 1 ? named.iterator().next() : null;
	}

	private static void collect(String folded, List<String> phrases, boolean introducesTitle, List<Marker> markers) {
		for (String phrase : phrases) {
			for (int at = PhraseMatch.indexOf(folded, phrase, 0); at >= 0; at = PhraseMatch.indexOf(folded, phrase,
					at + 1)) {
				markers.add(new Marker(at, at + PhraseMatch.lengthOf(phrase), introducesTitle));
			}
		}
	}

	private String cutTitle(String segment) {
		String title = segment;
		for (String ender : phrases.careerTitleEnders()) {
			int at = title.indexOf(ender);
			if (at >= 0) {
				title = title.substring(0, at);
			}
		}
		return TextNormalizer.stripTrailingPunctuation(title);
	}

}
