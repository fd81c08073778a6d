package org.roleatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Builds links to article pages for templates ({@code links}): a file path may hold
 * folders, spaces and Hangul, so each segment is encoded on its own and the slashes stay.
 */
@Component
public class Links {

	public String article(String file) {
		return "/articles/" + Arrays.stream(file.split("/"))
			.map(segment -> UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8))
			.collect(Collectors.joining("/"));
	}

	public String article(String file, int line) {
		return article(file) + "#L" + line;
	}

}
