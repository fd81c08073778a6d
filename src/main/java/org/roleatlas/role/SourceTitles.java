package org.roleatlas.role;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.corpus.PerContentVersion;
import org.springframework.stereotype.Component;

/**
 * The title of each article by its file, so that pages cite a source by what it is called
 * rather than by a hashed file name. Read by file as pages cite them (a page cites a few
 * dozen of 10,000 articles, whose titles took seconds to read all at once on H2), and
 * kept until a newer version is served.
 */
@Component
public class SourceTitles {

	private final RoleQueries queries;

	private final PerContentVersion<Map<String, String>> titles;

	SourceTitles(RoleQueries queries, ContentVersions versions) {
		this.queries = queries;
		this.titles = new PerContentVersion<>(versions, ConcurrentHashMap::new);
	}

	/** The article's title, or the file itself for a file no article has (any more). */
	public String of(String file) {
		Map<String, String> read = titles.get();
		String title = read.get(file);
		if (title == null) {
			title = queries.title(file).orElse(file);
			read.put(file, title);
		}
		return title;
	}

}
