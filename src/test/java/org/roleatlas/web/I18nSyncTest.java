package org.roleatlas.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI string exists in English and Korean, and templates hold no text outside the
 * message bundles.
 */
class I18nSyncTest {

	private static final Path RESOURCES = Path.of("src/main/resources");

	/**
	 * Text between tags whose opening tag does not replace its body with th:text,
	 * th:utext, th:replace…
	 */
	private static final Pattern LITERAL_TEXT = Pattern.compile("<(\\w+)([^>]*)>([^<]*\\p{L}[^<]*)<");

	@Test
	void everyBundleHasTheSameKeysInKorean() throws IOException {
		try (Stream<Path> files = Files.list(RESOURCES)) {
			List<Path> bases = files.filter(p -> p.getFileName().toString().matches("[\\w-]*messages\\.properties"))
				.toList();
			assertThat(bases).isNotEmpty();
			for (Path base : bases) {
				Path korean = RESOURCES.resolve(base.getFileName().toString().replace(".properties", "_ko.properties"));
				assertThat(keys(korean)).as(korean.toString()).isEqualTo(keys(base));
			}
		}
	}

	@Test
	void templatesHaveNoLiteralText() throws IOException {
		List<String> literals = new ArrayList<>();
		try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = LITERAL_TEXT.matcher(Files.readString(template));
				while (m.find()) {
					String attributes = m.group(2);
					boolean replaced = attributes.matches("(?s).*th:(text|utext|replace|insert)=.*");
					boolean ownLanguageName = attributes.contains("lang=\"");
					if (!replaced && !ownLanguageName && !m.group(1).equals("script") && !m.group(1).equals("style")) {
						literals.add(template.getFileName() + ": " + m.group(3).strip());
					}
				}
			}
		}
		assertThat(literals).isEmpty();
	}

	private static Set<String> keys(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}
