package org.roleatlas.role;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.roleatlas.corpus.ContentLoadedEvent;
import org.roleatlas.corpus.ContentVersion;
import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.corpus.ItemKind;
import org.roleatlas.web.AtlasProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the role list and the related roles need of every role, which only a pass over all
 * items gives (at 10,000 articles, 313,000 items: tens of seconds on H2): counted once
 * per content version, in the background as soon as a version is served, and kept beside
 * the search index under {@code atlas.data-dir}, so a restart on an unchanged database
 * reads them instead of counting again. A page asking before they are counted waits for
 * the one count under way.
 */
@Component
class RoleFigures {

	private static final Logger log = LoggerFactory.getLogger(RoleFigures.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String FILE = "role-figures.json";

	/**
	 * The figures of one content version, by role slug.
	 *
	 * @param items items of each kind the role has
	 * @param sources articles the role is the subject of or defined in
	 * @param concepts the concepts of the role's items
	 */
	record Figures(ContentVersion version, Map<String, Map<ItemKind, Integer>> items, Map<String, Integer> sources,
			Map<String, Set<String>> concepts) {

		Map<ItemKind, Integer> items(String slug) {
			return items.getOrDefault(slug, Map.of());
		}

		int sources(String slug) {
			return sources.getOrDefault(slug, 0);
		}

		/** Concepts of the other role's items that this role's items have too. */
		int sharedConcepts(String slug, String other) {
			Set<String> mine = concepts.getOrDefault(slug, Set.of());
			return (int) concepts.getOrDefault(other, Set.of()).stream().filter(mine::contains).count();
		}

	}

	private final RoleQueries queries;

	private final ContentVersions versions;

	/** Null without a data folder: then they are counted at every start. */
	private final Path file;

	private volatile Figures figures;

	@Autowired
	RoleFigures(RoleQueries queries, ContentVersions versions, AtlasProperties properties) {
		this(queries, versions, properties.dataDir());
	}

	RoleFigures(RoleQueries queries, ContentVersions versions, Path dataDir) {
		this.queries = queries;
		this.versions = versions;
		this.file = dataDir == null ? null : dataDir.resolve(FILE);
	}

	/** The figures of the served version. */
	Figures current() {
		Figures seen = figures;
		ContentVersion served = versions.current();
		return seen != null && seen.version().equals(served) ? seen : load(served);
	}

	/** Counts a newly served version off the ingest's thread, before a page asks. */
	@EventListener
	void served(ContentLoadedEvent event) {
		Thread counting = new Thread(() -> {
			try {
				current();
			}
			catch (RuntimeException ex) {
				log.warn("Counting the role figures of version {} failed; the first page counts them",
						event.version().number(), ex);
			}
		}, "role-figures");
		counting.setDaemon(true);
		counting.start();
	}

	private synchronized Figures load(ContentVersion served) {
		if (figures != null && figures.version().equals(served)) {
			return figures;
		}
		Figures loaded = read(served);
		if (loaded == null) {
			long start = System.nanoTime();
			loaded = count(served);
			log.info("Role figures of content version {} counted in {} ms", served.number(),
					(System.nanoTime() - start) / 1_000_000);
			write(loaded);
		}
		// Counted under a version that has since been replaced: kept for that version
		// only, and the next call counts the new one.
		figures = loaded;
		return loaded;
	}

	private Figures count(ContentVersion version) {
		Map<String, Map<ItemKind, Integer>> items = new HashMap<>();
		for (Object[] row : queries.itemCounts()) {
			items.computeIfAbsent((String) row[0], s -> new EnumMap<>(ItemKind.class))
				.put((ItemKind) row[1], ((Number) row[2]).intValue());
		}
		Map<String, Set<String>> sourceFiles = new HashMap<>();
		for (Object[] row : queries.sources()) {
			sourceFiles.computeIfAbsent((String) row[0], s -> new HashSet<>()).add((String) row[1]);
		}
		Map<String, Integer> sources = new HashMap<>();
		sourceFiles.forEach((slug, files) -> sources.put(slug, files.size()));
		Map<String, Set<String>> concepts = new HashMap<>();
		for (Object[] row : queries.roleConcepts()) {
			concepts.computeIfAbsent((String) row[0], s -> new HashSet<>()).add((String) row[1]);
		}
		return new Figures(version, items, sources, concepts);
	}

	/** The stored figures, if they are of this version. */
	private Figures read(ContentVersion version) {
		if (file == null || !Files.isRegularFile(file)) {
			return null;
		}
		try {
			Figures stored = JSON.readValue(file.toFile(), Figures.class);
			return version.equals(stored.version()) ? stored : null;
		}
		catch (JacksonException ex) {
			log.warn("{} cannot be read, the role figures are counted again: {}", file, ex.getMessage());
			return null;
		}
	}

	private void write(Figures counted) {
		if (file == null) {
			return;
		}
		try {
			Files.createDirectories(file.getParent());
			Path written = Files.createTempFile(file.getParent(), FILE, ".tmp");
			JSON.writeValue(written.toFile(), counted);
			Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException | JacksonException ex) {
			log.warn("The role figures could not be kept in {}: {}", file, ex.getMessage());
		}
	}

}
