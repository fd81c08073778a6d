package org.roleatlas.role;

import java.util.HashMap;
import java.util.Map;

import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.corpus.PerContentVersion;
import org.springframework.stereotype.Component;

/**
 * The title of every article by its file, so that pages cite a source by what it is
 * called rather than by a hashed file name. Read in one query the first time a content
 * version is asked for, and kept until a newer version is served.
 */
@Component
public class SourceTitles {

	private final RoleQueries queries;

	private final PerContentVersion<Map<String, String>> titles;

	SourceTitles(RoleQueries queries, ContentVersions versions) {
		this.queries = queries;
		this.titles = new PerContentVersion<>(versions, this::read);
	}

	/** The article's title, or the file itself for a file no article has (any more). */
	public String of(String file) {
		return titles.get().getOrDefault(file, file);
	}

	private Map<String, String> read() {
		Map<String, String> byFile = new HashMap<>();
		for (Object[] row : queries.titles()) {
			byFile.put((String) row[0], (String) row[1]);
		}
		return Map.copyOf(byFile);
	}

}
