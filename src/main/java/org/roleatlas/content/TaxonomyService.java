package org.roleatlas.content;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;

/** Holds the taxonomies of the last ingest, so that search and pages follow a content reload. */
@Service
public class TaxonomyService {

	private volatile Taxonomy current = new TaxonomyLoader(warning -> {
	}).load(null);

	public Taxonomy current() {
		return current;
	}

	Taxonomy load(Path contentDir, Consumer<Notice> warnings) {
		return new TaxonomyLoader(warnings).load(contentDir);
	}

	void publish(Taxonomy taxonomy) {
		this.current = taxonomy;
	}

}
