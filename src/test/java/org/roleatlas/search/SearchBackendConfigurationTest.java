package org.roleatlas.search;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.roleatlas.AtlasApplicationTest;
import org.roleatlas.search.SearchBackendProperties.Backend;
import org.roleatlas.web.AtlasProperties;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.persistence.EntityManagerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * One property picks the backend: its type, its analysis configurer and its own settings,
 * none of the other's; an explicit Hibernate Search setting is kept.
 */
@AtlasApplicationTest
class SearchBackendConfigurationTest {

	private static final URI CLUSTER = URI.create("http://search.internal:9200");

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	AtlasProperties atlas;

	@Test
	void theApplicationRunsOnTheLuceneBackendByDefault() {
		assertThat(Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class)).isNotNull();
	}

	@Test
	void luceneKeepsItsIndexInMemoryWithTheLuceneAnalyzers() {
		Map<String, String> settings = SearchBackendConfiguration
			.settings(new SearchBackendProperties(Backend.LUCENE, CLUSTER, null, null, 0), null);

		assertThat(settings).contains(entry("hibernate.search.backend.type", "lucene"),
				entry("hibernate.search.backend.directory.type", "local-heap"),
				entry("hibernate.search.backend.analysis.configurer",
						"class:" + AtlasAnalysisConfigurer.class.getName()));
		assertThat(settings).doesNotContainKey("hibernate.search.backend.uris")
			.doesNotContainKey("hibernate.search.backend.directory.root");
	}

	@Test
	void withADataDirectoryLuceneKeepsItsIndexOnDiskUnderIt() {
		Map<String, String> settings = SearchBackendConfiguration
			.settings(new SearchBackendProperties(Backend.LUCENE, CLUSTER, null, null, 0), Path.of("/srv/atlas"));

		assertThat(settings).contains(entry("hibernate.search.backend.directory.type", "local-filesystem"),
				entry("hibernate.search.backend.directory.root", Path.of("/srv/atlas/index").toString()));
	}

	@Test
	void elasticsearchTalksToTheClusterWithItsOwnAnalyzers() {
		Map<String, String> settings = SearchBackendConfiguration.settings(
				new SearchBackendProperties(Backend.ELASTICSEARCH, CLUSTER, "atlas", "s3cret", 0), Path.of("/srv"));

		assertThat(settings).containsExactlyInAnyOrderEntriesOf(Map.of("hibernate.search.backend.type", "elasticsearch",
				"hibernate.search.backend.uris", CLUSTER.toString(), "hibernate.search.backend.username", "atlas",
				"hibernate.search.backend.password", "s3cret", "hibernate.search.backend.analysis.configurer",
				"class:" + AtlasElasticsearchAnalysisConfigurer.class.getName()));
	}

	@Test
	void anExplicitHibernateSearchSettingIsKept() {
		Map<String, Object> hibernate = new HashMap<>(
				Map.of("hibernate.search.backend.io.writer.ram_buffer_size", "16"));

		new SearchBackendConfiguration()
			.searchBackend(new SearchBackendProperties(Backend.LUCENE, CLUSTER, null, null, 0), atlas)
			.customize(hibernate);

		assertThat(hibernate).containsEntry("hibernate.search.backend.io.writer.ram_buffer_size", "16")
			.containsEntry("hibernate.search.backend.type", "lucene");
	}

}
