package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TaxonomyLoader;
import org.roleatlas.web.AtlasProperties.Limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every file of the hostile corpus, read by the loader as the ingest reads it: it loads
 * or is rejected with the notice of the limit it broke, and nothing else escapes.
 */
class HostileArticlesTest {

	@RegisterExtension
	static final LoaderFixture LOADER = new LoaderFixture();

	@Test
	void eachHostileFileLoadsBoundedOrIsRejectedWithItsReason() {
		for (Map.Entry<String, HostileCorpus.Case> entry : HostileCorpus.cases().entrySet()) {
			assertThat(outcome(entry.getKey(), entry.getValue())).as(entry.getKey())
				.isEqualTo(entry.getValue().outcome());
		}
	}

	/**
	 * A chrome rule that backtracks without end on a line of its shape: the budget stops
	 * the matching itself, the file is rejected soon after its budget, and the thread is
	 * free again for the next file, which loads.
	 */
	@Test
	void aRunawayPatternIsStoppedByTheParseBudget(@TempDir Path content) throws IOException {
		Files.createDirectories(content.resolve("taxonomy"));
		Files.writeString(content.resolve("taxonomy/chrome.yaml"),
				"line_rules: [ {name: runaway, pattern: '^(?:a*a){12}$'} ]\n");
		Taxonomy taxonomy = new TaxonomyLoader((file, reason) -> {
			throw new AssertionError(reason);
		}).load(content);
		Duration budget = Duration.ofSeconds(1);
		Limits defaults = Limits.DEFAULTS;
		Limits limits = new Limits(defaults.depth(), defaults.lineLength(), defaults.items(), defaults.sections(),
				defaults.references(), budget);
		try (ArticleLoader loader = new ArticleLoader(taxonomy, limits)) {
			assertThat(loader.load("before.md", HostileCorpus.ARTICLE).items()).isNotEmpty();
			long started = System.nanoTime();
			assertThatThrownBy(() -> loader.load("runaway.md", HostileCorpus.ARTICLE + "a".repeat(60) + "b\n"))
				.isInstanceOfSatisfying(ArticleRejectedException.class,
						ex -> assertThat(ex.notice().code()).isEqualTo("parseTooSlow"));
			Duration took = Duration.ofNanos(System.nanoTime() - started);
			// without the budget this match would not end in the lifetime of the machine
			assertThat(took).isLessThan(budget.plusSeconds(10));
			assertThat(loader.load("next.md", HostileCorpus.ARTICLE).items()).isNotEmpty();
		}
	}

	private static String outcome(String file, HostileCorpus.Case hostile) {
		try {
			if (hostile.bytes().length > 2 * 1024 * 1024) {
				return "fileTooLarge";
			}
			LOADER.load(file, ContentFileReader.decode(hostile.bytes()));
			return HostileCorpus.LOADS;
		}
		catch (ArticleRejectedException ex) {
			return ex.notice().code();
		}
	}

}
