package org.roleatlas.search;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.roleatlas.web.AtlasProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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

	/**
	 * Without {@code atlas.data-dir}, the index goes into the start's temporary folder,
	 * which the application deletes at close, after the index.
	 */
	static final String SCRATCH_FOLDER = "atlas.scratch-dir";

	@Bean
	HibernatePropertiesCustomizer searchBackend(SearchBackendProperties properties, AtlasProperties atlas,
			Environment environment) {
		Map<String, String> settings = settings(properties, atlas.dataDir() != null ? indexRoot(atlas.dataDir()) : null,
				() -> scratchIndexRoot(environment));
		return hibernate -> settings.forEach(hibernate::putIfAbsent);
	}

	static Path scratchIndexRoot(Environment environment) {
		return Path.of(environment.getRequiredProperty(SCRATCH_FOLDER)).resolve("index");
	}

	/** Where a persisted Lucene index lives under {@code atlas.data-dir}. */
	static Path indexRoot(Path dataDir) {
		return dataDir.resolve("index");
	}

	/**
	 * The backend's settings: a Lucene index under {@code kept} (kept across restarts)
	 * or, without it, in a folder of {@code scratch} (rebuilt at every start).
	 */
	static Map<String, String> settings(SearchBackendProperties properties, Path kept, Supplier<Path> scratch) {
		Map<String, String> settings = new LinkedHashMap<>();
		switch (properties.backend()) {
			case LUCENE -> {
				settings.put(BACKEND + "type", "lucene");
				settings.put(BACKEND + "analysis.configurer", configurer(AtlasAnalysisConfigurer.class));
				settings.put(BACKEND + "lucene_version", "LUCENE_9_12_0");
				// Kept (SearchIndexer indexes only what it lacks) or rebuilt at every
				// start; on disk either way, memory-mapped rather than on the heap.
				settings.put(BACKEND + "directory.type", "local-filesystem");
				Path root = kept != null ? kept : scratch.get();
				settings.put(BACKEND + "directory.root", root.toAbsolutePath().toString());
				// A larger buffer writes fewer, larger segments while mass indexing,
				// hence fewer merges.
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
