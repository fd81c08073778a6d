package org.roleatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Builds links for templates ({@code links}) to article pages, where a file path may hold
 * folders, spaces and Hangul, so each segment is encoded on its own and the slashes stay,
 * page by page; and to a role's items of one concept, page by page.
 */
@Component
public class Links {

	public String article(String file) {
		return "/articles/" + Arrays.stream(file.split("/"))
			.map(segment -> UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8))
			.collect(Collectors.joining("/"));
	}

	/**
	 * A line of an article: the article page sends {@code ?line=} on to the page that
	 * holds the line, as a long article has several.
	 */
	public String article(String file, int line) {
		return article(file) + "?line=" + line + "#L" + line;
	}

	/** One page of an article, 0-based; the first page is the article's own address. */
	public String articlePage(String file, int page) {
		return page > 0 ? article(file) + "?page=" + page : article(file);
	}

	/**
	 * A role's items of one concept, or of none when {@code concept} is null, of one kind
	 * or of all when {@code kind} is null; a parameter that is null is left out.
	 */
	public String roleItems(String slug, String concept, String kind, int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/roles/{slug}/items");
		if (concept != null) {
			link.queryParam("concept", concept);
		}
		if (kind != null) {
			link.queryParam("kind", kind);
		}
		if (page > 0) {
			link.queryParam("page", page);
		}
		return link.buildAndExpand(slug).encode().toUriString();
	}

}
