package org.roleatlas.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.content.ArticleFacts.CareerFact;
import org.roleatlas.content.ArticleFacts.DefinitionFact;
import org.roleatlas.content.ArticleFacts.ReportingFact;
import org.roleatlas.content.ArticleFacts.SalaryFact;
import org.roleatlas.content.ArticleFacts.StatementFact;
import org.roleatlas.content.Block.Type;
import org.roleatlas.content.ParsedArticle.Section;
import org.roleatlas.content.RoleMatcher.Mention;
import org.roleatlas.content.Sentences.Sentence;
import org.roleatlas.role.SalaryFigure;
import java.util.Locale;

/**
 * Extracts what an article states about roles beyond its items: definitions (of its subject and of the other roles
 * it defines), comparison statements, pay figures, reporting lines and career ladders.
 */
public final class FactExtractor {

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final int MIN_LADDER_STEPS = 3;

	private static final int MAX_TITLE_WORDS = 6;

	private final Taxonomy.Phrases phrases;

	private final RoleMatcher roles;

	private final LanguageDetector languages;

	private final SalaryParser salaries;

	public FactExtractor(Taxonomy.Phrases phrases, RoleMatcher roles, LanguageDetector languages) {
		this.phrases = phrases;
		this.roles = roles;
		this.languages = languages;
		this.salaries = new SalaryParser(phrases.salary());
	}

	public ArticleFacts extract(ParsedArticle article, Set<String> subjects) {
		return new ArticleFacts(definitions(article, subjects), statements(article), salaries(article, subjects),
				reportingLines(article, subjects), careerPath(article, subjects));
	}

	private List<DefinitionFact> definitions(ParsedArticle article, Set<String> subjects) {
		Map<String, DefinitionFact> definitions = new LinkedHashMap<>();
		article.preamble().stream().filter(b -> b.type() == Type.PARAGRAPH).findFirst().ifPresent(first -> {
			Sentence opening = Sentences.of(first).get(0);
			if (PhraseMatch.containsAny(" " + PhraseMatch.fold(opening.text()) + " ", phrases.definitionMarkers())) {
				roles.rolesNamed(opening.text()).forEach(role -> define(definitions, role, first.text(), first.line(),
						article));
			}
		});
		for (Section section : article.sections()) {
			if (section.kind() == SectionKind.DEFINITION) {
				Set<String> named = roles.rolesNamed(section.heading());
				Set<String> targets = named.isEmpty() ? subjects : named;
				section.blocks().stream().filter(b -> b.type() == Type.PARAGRAPH).findFirst().ifPresent(
						first -> targets.forEach(role -> define(definitions, role, first.text(), first.line(), article)));
			}
			for (Block block : section.blocks()) {
				String[] headAndRest = ItemExtractor.splitHead(block.text());
				if (headAndRest[1] != null && !LETTER.matcher(roles.withoutRoleNames(headAndRest[0])).find()) {
					roles.rolesNamed(headAndRest[0]).forEach(role -> define(definitions, role, headAndRest[1],
							block.line(), article));
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
	 * A sentence naming two roles with a comparison marker is a statement; neighbouring ones (at most one sentence
	 * apart, across paragraphs) form one passage.
	 */
	private void comparisonsIn(List<Block> blocks, ParsedArticle article, List<StatementFact> statements) {
		List<Sentence> sentences = new ArrayList<>();
		blocks.stream().filter(b -> b.type() == Type.PARAGRAPH).forEach(b -> sentences.addAll(Sentences.of(b)));
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
			for (Sentence sentence : Sentences.of(block)) {
				for (Pattern pattern : phrases.reportingPatterns()) {
					Matcher m = pattern.matcher(sentence.text());
					while (m.find()) {
						reportingLine(sentence, m, subjects).forEach(f -> facts.putIfAbsent(f.role() + ">" + f.reportsTo(), f));
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
		String target = (targetFollowsVerb ? inTarget.get(0) : inTarget.get(inTarget.size() - 1)).slug();
		Set<String> reporters = new LinkedHashSet<>();
		mentions.stream().filter(Mention::resolved).map(Mention::slug).filter(s -> !s.equals(target))
			.forEach(reporters::add);
		if (reporters.isEmpty()) {
			reporters.addAll(subjects);
		}
		return reporters.stream().filter(r -> !r.equals(target))
			.map(r -> new ReportingFact(r, target, sentence.text(), sentence.line()))
			.toList();
	}

	private record Marker(int start, int end, boolean introducesTitle) {
	}

	private List<CareerFact> careerPath(ParsedArticle article, Set<String> subjects) {
		List<String[]> steps = new ArrayList<>();
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
				String title = steps.get(i)[0];
				Set<String> named = roles.rolesNamed(title);
				facts.add(new CareerFact(role, i + 1, title, named.size() == 1 ? named.iterator().next() : null,
						Integer.parseInt(steps.get(i)[1])));
			}
		}
		return facts;
	}

	/** Titles after career markers, cut where a clause starts; a sequence marker counts only before a role name. */
	private List<String[]> ladderSteps(Block block) {
		String text = block.text();
		String folded = text.toLowerCase(Locale.ROOT);
		List<Marker> markers = new ArrayList<>();
		collect(folded, phrases.careerTitleMarkers(), true, markers);
		collect(folded, phrases.careerSequenceMarkers(), false, markers);
		markers.sort(Comparator.comparingInt(Marker::start).thenComparing(Comparator.comparingInt(Marker::end).reversed()));
		List<Marker> kept = new ArrayList<>();
		for (Marker marker : markers) {
			if (kept.isEmpty() || marker.start() >= kept.get(kept.size() - 1).end()) {
				kept.add(marker);
			}
		}
		List<String[]> steps = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			Marker marker = kept.get(i);
			int end = i + 1 < kept.size() ? kept.get(i + 1).start() : text.length();
			String title = cutTitle(text.substring(marker.end(), end));
			boolean plausible = !title.isEmpty() && title.split(" ").length <= MAX_TITLE_WORDS
					&& (marker.introducesTitle() || !roles.rolesNamed(title).isEmpty()
							|| roles.find(title).stream().anyMatch(x -> !x.resolved()));
			if (plausible) {
				steps.add(new String[] { title, String.valueOf(block.lineAt(marker.start())) });
			}
		}
		return steps;
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
