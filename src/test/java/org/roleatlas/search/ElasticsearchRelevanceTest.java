package org.roleatlas.search;

/**
 * {@link SearchRelevanceTest}, the seeds' relevance suite, on an Elasticsearch or
 * OpenSearch server ({@link OnSearchServer}).
 */
@OnSearchServer
class ElasticsearchRelevanceTest extends SearchRelevanceTest {

}
