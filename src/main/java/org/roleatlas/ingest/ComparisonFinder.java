package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.roleatlas.ingest.ArticleFacts.StatementFact;
import org.roleatlas.ingest.Block.Type;
import org.roleatlas.ingest.ParsedArticle.Section;
import org.roleatlas.ingest.Sentences.Sentence;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy;

/**
 * Finds what an article says when it compares roles: a comparison section naming two
 * roles or more is one statement, and elsewhere passages of sentences that name two roles
 * with a comparison marker.
 */
final class ComparisonFinder {

	private final Taxonomy.Phrases phrases;

	private final RoleMatcher roles;

	private final FactLanguage language;

	ComparisonFinder(Taxonomy.Phrases phrases, RoleMatcher roles, FactLanguage language) {
		this.phrases = phrases;
		this.roles = roles;
		this.language = language;
	}

	List<StatementFact> find(ParsedArticle article) {
		List<StatementFact> statements = new ArrayList<>();
		comparisonsIn(article.preamble(), article, statements);
		for (Section section : article.sections()) {
			if (section.kind() == SectionKind.COMPARISON) {
				StringBuilder text = new StringBuilder();
				section.blocks().forEach(b -> text.append(text.isEmpty() ? "" : "\n").append(b.text()));
				Set<String> named = roles.rolesNamed(text.toString());
				if (named.size() >= 2) {
					int line = section.blocks().isEmpty() ? section.line() : section.blocks().get(0).line();
					statements
						.add(new StatementFact(text.toString(), language.of(text.toString(), article), line, named));
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
		return new StatementFact(text, language.of(text, article), passage.get(0).line(), roles.rolesNamed(text));
	}

}
