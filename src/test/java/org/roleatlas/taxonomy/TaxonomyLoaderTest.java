package org.roleatlas.taxonomy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Taxonomy overrides are read as YAML 1.2, and entries that are not text are refused. */
class TaxonomyLoaderTest {

	@TempDir
	Path content;

	private final List<String> unusable = new ArrayList<>();

	private Taxonomy load(String file, String yaml) throws IOException {
		Files.createDirectories(content.resolve(TaxonomyLoader.FOLDER));
		Files.writeString(content.resolve(TaxonomyLoader.FOLDER).resolve(file), yaml);
		return new TaxonomyLoader((name, reason) -> unusable.add(name + ": " + reason)).load(content);
	}

	@Test
	void onAndNoAreFunctionWordsNotBooleans() throws IOException {
		Taxonomy taxonomy = load("languages.yaml", "stopwords:\n  en: [the, on, off]\n  pt: [no, de]\n  no: [ikke]\n");
		assertThat(unusable).isEmpty();
		assertThat(taxonomy.stopwords().get("en")).containsExactly("the", "on", "off");
		assertThat(taxonomy.stopwords().get("pt")).containsExactly("no", "de");
		assertThat(taxonomy.stopwords().get("no")).containsExactly("ikke");
	}

	@Test
	void aNumberOrMappingWhereTextBelongsMakesTheOverrideUnusable() throws IOException {
		Taxonomy taxonomy = load("languages.yaml", "stopwords:\n  en: [the, 12, {a: b}]\n");
		assertThat(unusable).singleElement().asString().startsWith("languages.yaml: expected text but found: 12");
		assertThat(taxonomy.stopwords().get("en")).contains("the").doesNotContain("12");
	}

	@Test
	void aLinkOutOfTheFolderIsSkippedWithItsReasonAndTheDefaultUsed(@TempDir Path outside) throws IOException {
		Path secret = Files.writeString(outside.resolve("roles.yaml"),
				"roles:\n  - slug: astronaut\n    en: Astronaut\n");
		Path folder = Files.createDirectories(content.resolve(TaxonomyLoader.FOLDER));
		Files.createSymbolicLink(folder.resolve("roles.yaml"), secret);
		Files.createSymbolicLink(folder.resolve("concepts.yaml"), folder.resolve("missing.yaml"));
		Files.createDirectories(folder.resolve("chrome.yaml"));
		Path ownStopwords = Files.writeString(folder.resolve("stopwords-v2.yml"), "stopwords:\n  en: [the, own]\n");
		Files.createSymbolicLink(folder.resolve("languages.yaml"), ownStopwords);

		Taxonomy taxonomy = new TaxonomyLoader((name, reason) -> unusable.add(name + ": " + reason)).load(content);

		assertThat(unusable).containsExactlyInAnyOrder("roles.yaml: skipped: a link out of the taxonomy folder",
				"concepts.yaml: skipped: a broken link or a loop of links", "chrome.yaml: skipped: not a regular file");
		assertThat(unusable).noneMatch(reason -> reason.contains(outside.toString()));
		assertThat(taxonomy.roles()).extracting(RoleEntry::slug).contains("cpo").doesNotContain("astronaut");
		assertThat(taxonomy.concepts()).isNotEmpty();
		assertThat(taxonomy.stopwords().get("en")).as("a link that stays inside the folder is read")
			.containsExactly("the", "own");
	}

	@Test
	void anAliasLanguageOfNoIsNorwegian() throws IOException {
		Taxonomy taxonomy = load("roles.yaml",
				"roles:\n  - slug: po\n    en: Product Owner\n    aliases:\n      - {label: produkteier, lang: no}\n");
		assertThat(unusable).isEmpty();
		assertThat(taxonomy.roles()).singleElement()
			.satisfies(role -> assertThat(role.aliases()).extracting(RoleAlias::lang).containsExactly("no"));
	}

}
