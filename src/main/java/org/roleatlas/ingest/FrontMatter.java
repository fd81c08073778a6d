package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.roleatlas.corpus.FrontMatterFence;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.taxonomy.TextNormalizer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The YAML block a file may open with ({@code ---} … {@code ---}), whatever its
 * extension. Parsed with SnakeYAML's safe constructor: articles are untrusted, so no
 * arbitrary types.
 *
 * @param bodyStart 1-based line where the body starts (1 when there is no front matter)
 */
public record FrontMatter(boolean present, String title, List<String> roles, String lang, List<String> tags,
		String source, String format, int bodyStart) {

	static final FrontMatter NONE = new FrontMatter(false, null, List.of(), null, List.of(), null, null, 1);

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
			yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(String.join("\n", lines.subList(1, end)));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 2 : ex.getProblemMark().getLine() + 2;
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
		List<String> roles = new ArrayList<>(strings(map.get("roles")));
		roles.addAll(strings(map.get("role")));
		List<String> tags = new ArrayList<>(strings(map.get("tags")));
		strings(map.get("categories")).stream().filter(c -> !tags.contains(c)).forEach(tags::add);
		return new FrontMatter(true, scalar(map.get("title")), roles, scalar(map.get("lang")), tags,
				scalar(map.get("source")), scalar(map.get("format")), end + 2);
	}

	private static String scalar(Object value) {
		if (value == null || value instanceof Map<?, ?> || value instanceof List<?>) {
			return null;
		}
		String text = TextNormalizer.normalize(String.valueOf(value));
		return text.isEmpty() ? null : text;
	}

	private static List<String> strings(Object value) {
		if (value instanceof List<?> list) {
			return list.stream().map(FrontMatter::scalar).filter(s -> s != null).toList();
		}
		String single = scalar(value);
		return single == null ? List.of() : List.of(single);
	}

}
