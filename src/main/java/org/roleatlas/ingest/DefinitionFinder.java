package org.roleatlas.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.roleatlas.ingest.ArticleFacts.DefinitionFact;
import org.roleatlas.ingest.Block.Type;
import org.roleatlas.ingest.ParsedArticle.Section;
import org.roleatlas.ingest.Sentences.Sentence;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy;

/**
 * Finds what an article says a role is: an opening sentence with a definition marker
 * defines the roles it names, a definition section defines the roles of its heading (or
 * the article's subjects), and a block "Role: what it is" defines the role of its head.
 */
final class DefinitionFinder {

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private final Taxonomy.Phrases phrases;

	private final RoleMatcher roles;

	private final FactLanguage language;

	DefinitionFinder(Taxonomy.Phrases phrases, RoleMatcher roles, FactLanguage language) {
		this.phrases = phrases;
		this.roles = roles;
		this.language = language;
	}

	List<DefinitionFact> find(ParsedArticle article, Set<String> subjects) {
		Map<String, DefinitionFact> definitions = new LinkedHashMap<>();
		article.preamble().stream().filter(b -> b.type() == Type.PARAGRAPH).findFirst().ifPresent(first -> {
			Sentence opening = Sentences.of(first).get(0);
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
		definitions.putIfAbsent(role + "|" + text, new DefinitionFact(role, text, language.of(text, article), line));
	}

}
