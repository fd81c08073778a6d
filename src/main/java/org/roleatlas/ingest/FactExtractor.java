package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.roleatlas.corpus.SalaryFigure;
import org.roleatlas.ingest.ArticleFacts.SalaryFact;
import org.roleatlas.ingest.ParsedArticle.Section;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy;

/**
 * Extracts what an article states about roles beyond its items, one finder per kind of
 * fact: definitions (of its subject and of the other roles it defines), comparison
 * statements, pay figures, reporting lines and career ladders.
 */
final class FactExtractor {

	private final DefinitionFinder definitions;

	private final ComparisonFinder comparisons;

	private final SalaryParser salaryParser;

	private final ReportingLineFinder reportingLines;

	private final CareerLadderFinder careerLadders;

	public FactExtractor(Taxonomy.Phrases phrases, RoleMatcher roles, LanguageDetector languages) {
		FactLanguage language = new FactLanguage(languages);
		this.definitions = new DefinitionFinder(phrases, roles, language);
		this.comparisons = new ComparisonFinder(phrases, roles, language);
		this.salaryParser = new SalaryParser(phrases.salary());
		this.reportingLines = new ReportingLineFinder(phrases, roles);
		this.careerLadders = new CareerLadderFinder(phrases, roles);
	}

	public ArticleFacts extract(ParsedArticle article, Set<String> subjects) {
		return new ArticleFacts(definitions.find(article, subjects), comparisons.find(article),
				salaries(article, subjects), reportingLines.find(article, subjects),
				careerLadders.find(article, subjects));
	}

	/** The figures of the salary sections, for every subject role. */
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
				for (SalaryFigure figure : salaryParser.parse(source, text, block.line())) {
					subjects.forEach(role -> facts.add(new SalaryFact(role, figure)));
				}
			}
		}
		return facts;
	}

}
