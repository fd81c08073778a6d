package org.roleatlas.search;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.roleatlas.web.AtlasProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Turns {@code atlas.search.*} into Hibernate Search's backend settings, so one property
 * chooses the backend with its analysis configurer and nothing of the other backend is
 * set (Hibernate Search warns about settings it does not use). Both backend modules are
 * on the class path, so the type is always named. A {@code hibernate.search.*} setting
 * given explicitly ({@code spring.jpa.properties…}) is kept.
 */
@Configuration(proxyBeanMethods = false)
class SearchBackendConfiguration {

	private static final String BACKEND = "hibernate.search.backend.";

	@Bean
	HibernatePropertiesCustomizer searchBackend(SearchBackendProperties properties, AtlasProperties atlas) {
		Map<String, String> settings = settings(properties, atlas.dataDir());
		return hibernate -> settings.forEach(hibernate::putIfAbsent);
	}

	/** Where a persisted Lucene index lives under {@code atlas.data-dir}. */
	static Path indexRoot(Path dataDir) {
		return dataDir.resolve("index");
	}

	static Map<String, String> settings(SearchBackendProperties properties, Path dataDir) {
		Map<String, String> settings = new LinkedHashMap<>();
		switch (properties.backend()) {
			case LUCENE -> {
				settings.put(BACKEND + "type", "lucene");
				settings.put(BACKEND + "analysis.configurer", configurer(AtlasAnalysisConfigurer.class));
				settings.put(BACKEND + "lucene_version", "LUCENE_9_12_0");
				if (dataDir == null) {
					// Rebuilt from the database at every start, so kept in memory.
					settings.put(BACKEND + "directory.type", "local-heap");
				}
				else {
					// Kept across restarts (SearchIndexer indexes only what it lacks).
					settings.put(BACKEND + "directory.type", "local-filesystem");
					settings.put(BACKEND + "directory.root", indexRoot(dataDir).toAbsolutePath().toString());
				}
				// A larger buffer writes fewer, larger segments while mass indexing,
				// hence
				// fewer merges.
				settings.put(BACKEND + "io.writer.ram_buffer_size", "64");
			}
			case ELASTICSEARCH -> {
				settings.put(BACKEND + "type", "elasticsearch");
				settings.put(BACKEND + "analysis.configurer", configurer(AtlasElasticsearchAnalysisConfigurer.class));
				settings.put(BACKEND + "uris", properties.url().toString());
				if (properties.username() != null) {
					settings.put(BACKEND + "username", properties.username());
					settings.put(BACKEND + "password", properties.password() == null ? "" : properties.password());
				}
			}
		}
		return settings;
	}

	private static String configurer(Class<?> type) {
		return "class:" + type.getName();
	}

}
