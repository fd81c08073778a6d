package org.roleatlas.compare;

import java.util.Arrays;
import java.util.List;
import java.util.ArrayList;

/** A comparison address such as {@code /compare/cpo/po} or {@code /compare/cpo/po.csv}: role slugs and a format. */
record ComparePath(List<String> slugs, String format) {

	static ComparePath parse(String pathAfterCompare) {
		List<String> segments = Arrays.stream(pathAfterCompare.split("/")).filter(s -> !s.isBlank()).toList();
		if (segments.isEmpty()) {
			return new ComparePath(List.of(), "html");
		}
		String last = segments.get(segments.size() - 1);
		String format = "html";
		for (String extension : List.of("csv", "md")) {
			if (last.endsWith("." + extension)) {
				format = extension;
				last = last.substring(0, last.length() - extension.length() - 1);
			}
		}
		List<String> slugs = new ArrayList<>(segments.subList(0, segments.size() - 1));
		slugs.add(last);
		return new ComparePath(List.copyOf(slugs), format);
	}

}
