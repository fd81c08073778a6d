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
import org.springframework.core.env.Environment;

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

	@Autowired
	Environment environment;

	@Test
	void theApplicationRunsOnTheLuceneBackendByDefault() {
		assertThat(Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class)).isNotNull();
	}

	@Test
	void withoutADataDirectoryLuceneRebuildsItsIndexInAScratchFolderWithTheLuceneAnalyzers() {
		Map<String, String> settings = SearchBackendConfiguration.settings(
				new SearchBackendProperties(Backend.LUCENE, CLUSTER, null, null, 0), null, () -> Path.of("/tmp/x"));

		assertThat(settings).contains(entry("hibernate.search.backend.type", "lucene"),
				entry("hibernate.search.backend.directory.type", "local-filesystem"),
				entry("hibernate.search.backend.directory.root", Path.of("/tmp/x").toAbsolutePath().toString()),
				entry("hibernate.search.backend.analysis.configurer",
						"class:" + AtlasAnalysisConfigurer.class.getName()));
		assertThat(settings).doesNotContainKey("hibernate.search.backend.uris");
	}

	@Test
	void withADataDirectoryLuceneKeepsItsIndexOnDiskUnderIt() {
		Map<String, String> settings = SearchBackendConfiguration.settings(
				new SearchBackendProperties(Backend.LUCENE, CLUSTER, null, null, 0),
				SearchBackendConfiguration.indexRoot(Path.of("/srv/atlas")), () -> {
					throw new AssertionError("no scratch folder when the index is kept");
				});

		assertThat(settings).contains(entry("hibernate.search.backend.directory.type", "local-filesystem"),
				entry("hibernate.search.backend.directory.root", Path.of("/srv/atlas/index").toString()));
	}

	@Test
	void theRunningApplicationsIndexIsInItsScratchFolder() {
		assertThat(atlas.dataDir()).isNull();
		assertThat(SearchBackendConfiguration.scratchIndexRoot(environment))
			.isDirectoryContaining(path -> path.getFileName().toString().equals("item"));
	}

	@Test
	void elasticsearchTalksToTheClusterWithItsOwnAnalyzers() {
		Map<String, String> settings = SearchBackendConfiguration.settings(
				new SearchBackendProperties(Backend.ELASTICSEARCH, CLUSTER, "atlas", "s3cret", 0), Path.of("/srv"),
				() -> Path.of("/tmp/x"));

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
			.searchBackend(new SearchBackendProperties(Backend.LUCENE, CLUSTER, null, null, 0), atlas, environment)
			.customize(hibernate);

		assertThat(hibernate).containsEntry("hibernate.search.backend.io.writer.ram_buffer_size", "16")
			.containsEntry("hibernate.search.backend.type", "lucene");
	}

}
