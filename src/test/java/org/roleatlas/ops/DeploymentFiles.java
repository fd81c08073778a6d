package org.roleatlas.ops;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Reads the deployment files and the application's own settings as data: YAML (and the
 * JSON configuration metadata, which YAML 1.2 reads too) as nested maps, the nginx and
 * Docker files as text without comments.
 */
final class DeploymentFiles {

	private DeploymentFiles() {
	}

	static Map<String, Object> yaml(String file) {
		return yamlOf(text(file));
	}

	/** The file's text, without whole-line and trailing {@code #} comments. */
	static String withoutComments(String file) {
		return text(file).replaceAll("(?m)(^|\\s)#.*$", "");
	}

	/** Every match of the pattern's first group, in order. */
	static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	/** A nested value by its dotted path ({@code server.port}), or null. */
	static Object at(Map<String, Object> tree, String path) {
		Object node = tree;
		for (String key : path.split("\\.")) {
			if (!(node instanceof Map<?, ?> map)) {
				return null;
			}
			node = map.get(key);
		}
		return node;
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Map<String, Object> tree, String path) {
		Object node = at(tree, path);
		return node == null ? Map.of() : (Map<String, Object>) node;
	}

	/** The leaves of a tree under their dotted paths. */
	static Map<String, Object> flatten(Map<String, Object> tree) {
		Map<String, Object> leaves = new LinkedHashMap<>();
		flatten("", tree, leaves);
		return leaves;
	}

	@SuppressWarnings("unchecked")
	private static void flatten(String prefix, Map<String, Object> tree, Map<String, Object> leaves) {
		tree.forEach((key, value) -> {
			if (value instanceof Map<?, ?> child) {
				flatten(prefix + key + ".", (Map<String, Object>) child, leaves);
			}
			else {
				leaves.put(prefix + key, value);
			}
		});
	}

	/**
	 * The environment variable Spring Boot binds to a property, in the form with dashes
	 * as underscores that the README uses ({@code ATLAS_INGEST_ON_STARTUP}).
	 */
	static String environmentVariable(String property) {
		return property.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
	}

	/**
	 * The names of the properties this application defines, read from the configuration
	 * metadata that {@code spring-boot-configuration-processor} writes for it.
	 */
	static List<String> applicationProperties(String prefix) {
		return applicationPropertyMetadata(prefix).stream().map(property -> (String) property.get("name")).toList();
	}

	/**
	 * The configuration metadata of this application's properties under the prefix (name,
	 * type, description, default), as the processor wrote it.
	 */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> applicationPropertyMetadata(String prefix) {
		List<Map<String, Object>> found = new ArrayList<>();
		try {
			for (URL url : Collections.list(DeploymentFiles.class.getClassLoader()
				.getResources("META-INF/spring-configuration-metadata.json"))) {
				try (InputStream in = url.openStream()) {
					Map<String, Object> metadata = yamlOf(new String(in.readAllBytes(), StandardCharsets.UTF_8));
					for (Object property : (List<Object>) metadata.getOrDefault("properties", List.of())) {
						Map<String, Object> entry = (Map<String, Object>) property;
						if (((String) entry.get("name")).startsWith(prefix)) {
							found.add(entry);
						}
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return found;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> yamlOf(String text) {
		return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(text);
	}

	private static String text(String file) {
		try {
			return Files.readString(Path.of(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
