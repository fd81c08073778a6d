package org.roleatlas.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.Taxonomy;

/**
 * What the fact finders' tests share: the bundled taxonomy's phrases and roles, and a
 * parser that reads an article written in the test as the ingest would.
 */
final class FactFixture {

	static final Taxonomy.Phrases PHRASES = LoaderFixture.TAXONOMY.phrases();

	static final RoleMatcher ROLES = new RoleMatcher(LoaderFixture.TAXONOMY.roles());

	private static final ArticleParser PARSER = new ArticleParser(LoaderFixture.TAXONOMY, ROLES);

	static final FactLanguage LANGUAGE = new FactLanguage(PARSER.languages());

	private FactFixture() {
	}

	static ParsedArticle parse(String markdown) {
		return PARSER.parse("example.md", markdown);
	}

	/** Subject slugs written as "cpo,po" (in that order), "-" for none. */
	static Set<String> subjects(String slugs) {
		return "-".equals(slugs) ? Set.of() : new LinkedHashSet<>(List.of(slugs.split(",")));
	}

}
