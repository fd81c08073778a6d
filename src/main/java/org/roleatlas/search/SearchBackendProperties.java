package org.roleatlas.search;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Where the search index lives and how many answers are kept, under the prefix
 * {@code atlas.search}.
 *
 * @param backend {@code lucene}: an index in this process's memory, rebuilt at every
 * start, one per node; {@code elasticsearch}: one index on an Elasticsearch or OpenSearch
 * cluster at {@code url}, shared by every node; env {@code ATLAS_SEARCH_BACKEND}
 * @param url address of the Elasticsearch or OpenSearch cluster (scheme, host and port),
 * read by the elasticsearch backend only; env {@code ATLAS_SEARCH_URL}
 * @param username user the elasticsearch backend signs in as; unset for a cluster without
 * security
 * @param password that user's password
 * @param cachedAnswers how many answers to recent searches are kept for the served
 * content version (least recently asked out first); 0 asks the index every time
 */
@Validated
@ConfigurationProperties("atlas.search")
record SearchBackendProperties(@NotNull @DefaultValue("lucene") Backend backend,
		@NotNull @DefaultValue("http://localhost:9200") URI url, String username, String password,
		@PositiveOrZero @DefaultValue("500") int cachedAnswers) {

	/** The kinds of index Hibernate Search can write to. */
	enum Backend {

		/** In this process's memory (Lucene): nothing to run beside the application. */
		LUCENE,

		/** An Elasticsearch or OpenSearch cluster, which every node shares. */
		ELASTICSEARCH

	}

}
