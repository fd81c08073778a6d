package org.roleatlas.search;

import java.util.List;

import org.roleatlas.corpus.RoleRepository;
import org.roleatlas.taxonomy.ConceptEntry;
import org.roleatlas.taxonomy.RoleEntry;
import org.roleatlas.taxonomy.TaxonomyService;
import org.roleatlas.taxonomy.TextAnalyzers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.PreDestroy;

/**
 * The words search understands beyond the index: the query planner (synonyms, concepts,
 * role names) and the suggestions, built from the taxonomies and the roles of the last
 * ingest. {@link SearchIndexer} refreshes it once the index is rebuilt; until the first
 * ingest it knows the taxonomy's roles.
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

	private volatile QueryPlanner planner;

	private volatile Suggestions suggestions;

	SearchVocabulary(RoleRepository roles, TaxonomyService taxonomies) {
		this.roles = roles;
		this.taxonomies = taxonomies;
		build(taxonomies.current().roles());
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
	 * Rebuilds synonyms and suggestions from the taxonomies and roles of the last ingest.
	 */
	@Transactional(readOnly = true)
	public void refresh() {
		List<RoleEntry> roleEntries = roles.findAllByOrderBySlug()
			.stream()
			.map(r -> new RoleEntry(r.getSlug(), r.getNameEn(), r.getNameKo(), r.getAliases()))
			.toList();
		build(roleEntries.isEmpty() ? taxonomies.current().roles() : roleEntries);
	}

	private void build(List<RoleEntry> roleEntries) {
		List<ConceptEntry> concepts = taxonomies.current().concepts();
		this.planner = new QueryPlanner(roleEntries, concepts, analyzers);
		this.suggestions = new Suggestions(roleEntries, concepts);
	}

	QueryPlanner planner() {
		return planner;
	}

	Suggestions suggestions() {
		return suggestions;
	}

}
