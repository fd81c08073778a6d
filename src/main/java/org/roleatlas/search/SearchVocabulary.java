package org.roleatlas.search;

import java.util.List;

import org.roleatlas.corpus.RoleRepository;
import org.roleatlas.taxonomy.ConceptEntry;
import org.roleatlas.taxonomy.RoleEntry;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TaxonomyService;
import org.roleatlas.taxonomy.TextAnalyzers;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * The words search understands beyond the index: the query planner (synonyms, concepts,
 * role names) and the suggestions, built from the taxonomies and the roles of the served
 * content. {@link SearchIndexer} prepares those of a new version inside its transaction
 * and puts them to use when the version is swapped in; until the first ingest it knows
 * the taxonomy's roles.
 */
@Component
class SearchVocabulary {

	/**
	 * Lucene analyzers are thread-safe and costly to build: one set for every planner of
	 * this bean's life.
	 */
	private final TextAnalyzers analyzers = new TextAnalyzers();

	private final RoleRepository roles;

	private final TaxonomyService taxonomies;

	private volatile Words words;

	/** The planner and suggestions of one content version, switched together. */
	record Words(QueryPlanner planner, Suggestions suggestions) {
	}

	SearchVocabulary(RoleRepository roles, TaxonomyService taxonomies) {
		this.roles = roles;
		this.taxonomies = taxonomies;
		this.words = build(taxonomies.current().roles(), taxonomies.current().concepts());
	}

	@PreDestroy
	void closeAnalyzers() {
		analyzers.close();
	}

	/** The analyzers the planner and the snippet marker read text with. */
	TextAnalyzers analyzers() {
		return analyzers;
	}

	/**
	 * Synonyms and suggestions of a taxonomy and the roles stored with it: called inside
	 * the ingest's transaction, so the roles are those it is writing.
	 */
	Words prepare(Taxonomy taxonomy) {
		List<RoleEntry> roleEntries = roles.findAllByOrderBySlug()
			.stream()
			.map(r -> new RoleEntry(r.getSlug(), r.getNameEn(), r.getNameKo(), r.getAliases()))
			.toList();
		return build(roleEntries.isEmpty() ? taxonomy.roles() : roleEntries, taxonomy.concepts());
	}

	void use(Words prepared) {
		this.words = prepared;
	}

	private Words build(List<RoleEntry> roleEntries, List<ConceptEntry> concepts) {
		return new Words(new QueryPlanner(roleEntries, concepts, analyzers), new Suggestions(roleEntries, concepts));
	}

	QueryPlanner planner() {
		return words.planner();
	}

	Suggestions suggestions() {
		return words.suggestions();
	}

}
