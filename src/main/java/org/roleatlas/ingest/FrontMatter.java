package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.roleatlas.corpus.FrontMatterFence;
import org.roleatlas.corpus.Notice;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.taxonomy.TextNormalizer;
import org.roleatlas.taxonomy.YamlDocuments;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * The YAML block a file may open with ({@code ---} … {@code ---}), whatever its
 * extension. Read as YAML 1.2 ({@link YamlDocuments}), so {@code lang: no} is Norwegian,
 * not false. A value of an honoured key that is not text (a number, a mapping) is ignored
 * with a warning rather than dropped silently or turned into text it never was.
 *
 * @param bodyStart 1-based line where the body starts (1 when there is no front matter)
 * @param warnings values that were ignored, one notice each
 */
public record FrontMatter(boolean present, String title, List<String> roles, String lang, List<String> tags,
		String source, String format, int bodyStart, List<Notice> warnings) {

	static final FrontMatter NONE = new FrontMatter(false, null, List.of(), null, List.of(), null, null, 1, List.of());

	/**
	 * Reads the front matter of a file's lines; a broken block rejects the file with the
	 * YAML error's line.
	 */
	public static FrontMatter read(List<String> lines) {
		int end = FrontMatterFence.closingLine(lines);
		if (end == -1) {
			return NONE;
		}
		if (end < 0) {
			throw new ArticleRejectedException(NoticeCode.FRONT_MATTER_NOT_CLOSED.with());
		}
		Object yaml;
		try {
			yaml = YamlDocuments.parse(String.join("\n", lines.subList(1, end)));
		}
		catch (MarkedYamlEngineException ex) {
			int line = ex.getProblemMark().map(mark -> mark.getLine() + 2).orElse(2);
			throw new ArticleRejectedException(
					NoticeCode.FRONT_MATTER_INVALID_YAML_AT.with(line, TextNormalizer.normalize(ex.getProblem())));
		}
		catch (RuntimeException ex) {
			throw new ArticleRejectedException(
					NoticeCode.FRONT_MATTER_INVALID_YAML.with(TextNormalizer.normalize(ex.getMessage())));
		}
		if (yaml == null) {
			yaml = Map.of();
		}
		if (!(yaml instanceof Map<?, ?> map)) {
			throw new ArticleRejectedException(NoticeCode.FRONT_MATTER_NOT_A_MAPPING.with());
		}
		Values values = new Values(map);
		List<String> roles = new ArrayList<>(values.strings("roles"));
		roles.addAll(values.strings("role"));
		List<String> tags = new ArrayList<>(values.strings("tags"));
		values.strings("categories").stream().filter(c -> !tags.contains(c)).forEach(tags::add);
		return new FrontMatter(true, values.scalar("title"), roles, values.scalar("lang"), tags,
				values.scalar("source"), values.scalar("format"), end + 2, List.copyOf(values.warnings));
	}

	/** The honoured keys' values as text, with a warning for each value that is not. */
	private static final class Values {

		private final Map<?, ?> map;

		private final List<Notice> warnings = new ArrayList<>();

		Values(Map<?, ?> map) {
			this.map = map;
		}

		String scalar(String key) {
			return text(key, map.get(key));
		}

		/** A list of texts, or one text. */
		List<String> strings(String key) {
			Object value = map.get(key);
			if (value instanceof List<?> list) {
				return list.stream().map(entry -> text(key, entry)).filter(s -> s != null).toList();
			}
			String single = text(key, value);
			return single == null ? List.of() : List.of(single);
		}

		private String text(String key, Object value) {
			if (value == null) {
				return null;
			}
			if (!(value instanceof String string)) {
				warnings
					.add(NoticeCode.FRONT_MATTER_VALUE_NOT_TEXT.with(key, TextNormalizer.normalize(describe(value))));
				return null;
			}
			String text = TextNormalizer.normalize(string);
			return text.isEmpty() ? null : text;
		}

		private static String describe(Object value) {
			String text = String.valueOf(value);
			return text.length() > 80 ? text.substring(0, 79) + "…" : text;
		}

	}

}
