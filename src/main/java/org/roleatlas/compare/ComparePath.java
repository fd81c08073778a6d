package org.roleatlas.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A comparison address such as {@code /compare/cpo/po.csv?show=shared}: role slugs, a
 * format and which rows to show. Every control of the page is a link to another address,
 * so each state can be shared; public for the template.
 */
public record ComparePath(List<String> slugs, String format, String show) {

	static final String HTML = "html";

	static final String CSV = "csv";

	static final String MARKDOWN = "md";

	static final String ALL = "all";

	/**
	 * Anything but "shared" or "differences" shows all rows, so the address names only
	 * those two.
	 */
	public ComparePath {
		slugs = List.copyOf(slugs);
		show = "shared".equals(show) || "differences".equals(show) ? show : ALL;
	}

	static ComparePath parse(String pathAfterCompare, String show) {
		List<String> segments = Arrays.stream(pathAfterCompare.split("/")).filter(s -> !s.isBlank()).toList();
		if (segments.isEmpty()) {
			return new ComparePath(List.of(), HTML, show);
		}
		String last = segments.get(segments.size() - 1);
		String format = HTML;
		for (String extension : List.of(CSV, MARKDOWN)) {
			if (last.endsWith("." + extension)) {
				format = extension;
				last = last.substring(0, last.length() - extension.length() - 1);
			}
		}
		List<String> slugs = new ArrayList<>(segments.subList(0, segments.size() - 1));
		slugs.add(last);
		return new ComparePath(slugs, format, show);
	}

	/** The encoded address, relative to the application. */
	public String href() {
		List<String> segments = new ArrayList<>(slugs);
		if (!HTML.equals(format) && !segments.isEmpty()) {
			segments.set(segments.size() - 1, segments.get(segments.size() - 1) + "." + format);
		}
		return UriComponentsBuilder.fromPath("/compare")
			.pathSegment(segments.toArray(String[]::new))
			.queryParamIfPresent("show", Optional.of(show).filter(s -> !ALL.equals(s)))
			.encode()
			.build()
			.toUriString();
	}

	/** A download name such as {@code cpo-vs-po.csv}. */
	String fileName() {
		return String.join("-vs-", slugs) + "." + format;
	}

	public ComparePath as(String otherFormat) {
		return new ComparePath(slugs, otherFormat, show);
	}

	public ComparePath showing(String rows) {
		return new ComparePath(slugs, format, rows);
	}

	/**
	 * The role at {@code index} trades places with its neighbour {@code step} columns
	 * away (-1 left, 1 right).
	 */
	public ComparePath moved(int index, int step) {
		List<String> reordered = new ArrayList<>(slugs);
		Collections.swap(reordered, index, index + step);
		return new ComparePath(reordered, format, show);
	}

}
