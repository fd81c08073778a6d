package org.roleatlas.role;

import java.util.HashMap;
import java.util.Map;

import org.roleatlas.corpus.ContentVersions;
import org.springframework.stereotype.Component;

/**
 * The title of every article by its file, so that pages cite a source by what it is
 * called rather than by a hashed file name. Read in one query the first time a content
 * version is asked for, and kept until a newer version is served.
 */
@Component
public class SourceTitles {

	private final RoleQueries queries;

	private final ContentVersions versions;

	private volatile Snapshot snapshot = new Snapshot(-1, Map.of());

	private record Snapshot(long version, Map<String, String> titles) {
	}

	SourceTitles(RoleQueries queries, ContentVersions versions) {
		this.queries = queries;
		this.versions = versions;
	}

	/** The article's title, or the file itself for a file no article has (any more). */
	public String of(String file) {
		return current().titles().getOrDefault(file, file);
	}

	/**
	 * The version is read before the titles, so the titles kept under a version are never
	 * older than it.
	 */
	private Snapshot current() {
		Snapshot seen = snapshot;
		long version = versions.current().number();
		if (seen.version() == version) {
			return seen;
		}
		Map<String, String> titles = new HashMap<>();
		for (Object[] row : queries.titles()) {
			titles.put((String) row[0], (String) row[1]);
		}
		Snapshot read = new Snapshot(version, Map.copyOf(titles));
		snapshot = read;
		return read;
	}

}
