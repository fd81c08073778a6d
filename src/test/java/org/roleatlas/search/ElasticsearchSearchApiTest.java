package org.roleatlas.search;

/**
 * {@link SearchApiTest}, the seeds' search API and page suite, on an Elasticsearch or
 * OpenSearch server ({@link OnSearchServer}).
 */
@OnSearchServer
class ElasticsearchSearchApiTest extends SearchApiTest {

}
