package org.roleatlas.taxonomy;

import org.springframework.stereotype.Service;

/**
 * Holds the taxonomies of the last ingest, so that search and pages follow a content
 * reload.
 */
@Service
public class TaxonomyService {

	private volatile Taxonomy current = new TaxonomyLoader((file, reason) -> {
	}).load(null);

	public Taxonomy current() {
		return current;
	}

	public void publish(Taxonomy taxonomy) {
		this.current = taxonomy;
	}

}
