package org.roleatlas.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roleatlas.ops.DeploymentFiles.all;
import static org.roleatlas.ops.DeploymentFiles.applicationPropertyMetadata;

/**
 * Every {@code atlas.*} setting has configuration metadata with a description (the
 * Javadoc of its properties record, or the additional metadata file), and the README's
 * settings table lists exactly the settings the metadata knows.
 */
class ConfigurationMetadataTest {

	/** A setting's name in backticks, as the README's first column writes it. */
	private static final Pattern SETTING = Pattern.compile("`(atlas\\.[a-z.-]+)`");

	private static final List<Map<String, Object>> ATLAS = applicationPropertyMetadata("atlas.");

	@Test
	void everyAtlasSettingIsDescribed() {
		assertThat(ATLAS).isNotEmpty()
			.allSatisfy(property -> assertThat((String) property.get("description")).as((String) property.get("name"))
				.isNotBlank());
	}

	@Test
	void theReadmeTableListsTheSettingsTheMetadataKnows() throws Exception {
		List<String> documented = Files.readAllLines(Path.of("README.md"))
			.stream()
			.filter(line -> line.startsWith("| `atlas."))
			.map(line -> line.substring(1, line.indexOf('|', 1)))
			.flatMap(firstCell -> all(SETTING, firstCell).stream())
			.toList();

		assertThat(documented).doesNotHaveDuplicates();
		assertThat(ATLAS.stream().map(property -> (String) property.get("name")))
			.containsExactlyInAnyOrderElementsOf(documented);
	}

}
