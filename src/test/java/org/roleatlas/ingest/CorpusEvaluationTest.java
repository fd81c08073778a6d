package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.roleatlas.ingest.CorpusScore.Extraction;
import org.roleatlas.ingest.CorpusScore.FileScore;
import org.roleatlas.ingest.CorpusScore.Item;
import org.roleatlas.ingest.CorpusScore.Tally;
import org.roleatlas.taxonomy.RoleEntry;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TaxonomyLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Ingests the shared development corpus (49 labelled articles in 12 languages) through
 * the same loader the app stores items from, prints the scores per language and overall,
 * writes the per-file detail to {@code target/evaluation/} and fails below the
 * thresholds. Without the corpus the test is skipped, except under {@code CI=true}, where
 * a missing corpus fails.
 */
class CorpusEvaluationTest {

	// The thresholds, all in one place. Issue 10's goals are responsibilities 90 % (right
	// kind), skills 85 %, precision 90 %, no chrome item, language 95 %, subjects 90 %,
	// ROLEMAP 90 %, no file without items. Where the loader is past a goal, the
	// threshold is the level it reached (a ratchet: a regression fails; last raised in
	// issue 10's second extraction round, when topics opening a paragraph, compounds kept
	// whole, abilities a duty works with, endings naming the role's job and negated
	// clauses began to count).
	// Raise each as extraction improves; never lower one.

	/** Share of expected responsibilities found in an item of kind responsibility. */
	static final double MIN_RESPONSIBILITIES_RIGHT_KIND = 0.91;

	/** Share of expected skills found in an item (any kind). */
	static final double MIN_SKILLS_FOUND = 0.90;

	/** Share of extracted items that contain or are contained in an expected string. */
	static final double MIN_PRECISION = 0.91;

	/** Chrome strings of EXPECTED.tsv that may end up inside an item. */
	static final int MAX_CHROME_ITEMS = 0;

	/** Share of files whose detected language is the labelled one. */
	static final double MIN_LANGUAGE = 0.95;

	/** Share of article–role pairs (roles the taxonomy knows) among the subject roles. */
	static final double MIN_SUBJECT_ROLES = 0.90;

	/** Share of ROLEMAP.tsv rows found in an item attached to the role the row names. */
	static final double MIN_ROLEMAP_ATTACHMENT = 0.93;

	/** Files that may yield no item at all. */
	static final int MAX_FILES_WITHOUT_ITEMS = 0;

	private static final List<String> ARTICLE_EXTENSIONS = List.of(".md", ".markdown", ".txt");

	@Test
	void theDevelopmentCorpusMeetsTheThresholds() throws IOException {
		Path corpus = corpusDir();
		Path articles = corpus.resolve("articles");
		List<String> taxonomyWarnings = new ArrayList<>();
		Taxonomy taxonomy = new TaxonomyLoader((file, reason) -> taxonomyWarnings.add(file + ": " + reason))
			.load(articles);
		assertThat(taxonomyWarnings).as("taxonomy warnings").isEmpty();
		Set<String> knownRoles = taxonomy.roles().stream().map(RoleEntry::slug).collect(Collectors.toSet());
		CorpusScore scorer = CorpusScore.read(corpus, knownRoles);
		List<FileScore> scores = new ArrayList<>();
		try (ArticleLoader loader = new ArticleLoader(taxonomy)) {
			for (Path path : articleFiles(articles)) {
				String file = IngestService.relative(articles, path);
				if (scorer.files().contains(file)) {
					scores.add(scorer.score(extract(loader, file, path)));
				}
			}
		}
		assertThat(scores).as("labelled files found in " + articles).hasSameSizeAs(scorer.files());
		Map<String, Tally> tallies = CorpusScore.tally(scores);
		String table = CorpusReport.table(tallies);
		System.out.println("Corpus evaluation (" + corpus + "):\n" + table);
		Path out = Path.of(projectDir(), "target", "evaluation");
		Files.createDirectories(out);
		Files.writeString(out.resolve("corpus-table.txt"), table, StandardCharsets.UTF_8);
		Files.writeString(out.resolve("corpus-details.txt"), CorpusReport.details(scores), StandardCharsets.UTF_8);
		assertMeetsThresholds(tallies.get("all"));
	}

	/**
	 * Read as IngestService reads a file; a file the ingest would reject yields no item.
	 */
	private static Extraction extract(ArticleLoader loader, String file, Path path) throws IOException {
		try {
			LoadedArticle loaded = loader.load(file, ContentFileReader.decode(Files.readAllBytes(path)));
			List<Item> items = loaded.items()
				.stream()
				.map(item -> new Item(item.kind(), item.text(), item.description(), rolesOf(loaded, item)))
				.toList();
			return new Extraction(file, loaded.parsed().lang(), loaded.title(), loaded.subjects(), items);
		}
		catch (ArticleRejectedException ex) {
			return new Extraction(file, null, null, Set.of(), List.of());
		}
	}

	/**
	 * The roles an item is stored with, as ContentWriter stores them: the roles its
	 * section or sentence names, else every subject role of its article.
	 */
	private static Set<String> rolesOf(LoadedArticle article, ExtractedItem item) {
		return item.roles().isEmpty() ? article.subjects() : item.roles();
	}

	private static void assertMeetsThresholds(Tally all) {
		List<String> failures = new ArrayList<>();
		atLeast(failures, "responsibilities with the right kind", all.responsibilitiesRightKindShare(),
				MIN_RESPONSIBILITIES_RIGHT_KIND);
		atLeast(failures, "skills found", all.skillsFoundShare(), MIN_SKILLS_FOUND);
		atLeast(failures, "precision", all.precision(), MIN_PRECISION);
		atLeast(failures, "language", all.langShare(), MIN_LANGUAGE);
		atLeast(failures, "subject roles", all.subjectShare(), MIN_SUBJECT_ROLES);
		atLeast(failures, "ROLEMAP attachment", all.roleMapShare(), MIN_ROLEMAP_ATTACHMENT);
		if (all.chromeItems > MAX_CHROME_ITEMS) {
			failures.add("chrome items " + all.chromeItems + " > " + MAX_CHROME_ITEMS);
		}
		if (all.filesWithoutItems > MAX_FILES_WITHOUT_ITEMS) {
			failures.add("files without items " + all.filesWithoutItems + " > " + MAX_FILES_WITHOUT_ITEMS);
		}
		if (!failures.isEmpty()) {
			fail("Below the thresholds (details in target/evaluation/corpus-details.txt):\n  "
					+ String.join("\n  ", failures));
		}
	}

	private static void atLeast(List<String> failures, String what, double actual, double threshold) {
		if (actual < threshold) {
			failures.add(String.format(Locale.ROOT, "%s %.1f %% < %.1f %%", what, 100 * actual, 100 * threshold));
		}
	}

	private static List<Path> articleFiles(Path articles) throws IOException {
		try (Stream<Path> walk = Files.walk(articles)) {
			return walk.filter(Files::isRegularFile).filter(p -> {
				String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
				return !name.startsWith(".") && ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith);
			}).sorted().toList();
		}
	}

	/**
	 * System property {@code atlas.corpus-dir}, else env {@code ATLAS_CORPUS_DIR}, else
	 * {@code ../shared/corpus} next to the project.
	 */
	static Path corpusDir() {
		String configured = System.getProperty("atlas.corpus-dir", System.getenv("ATLAS_CORPUS_DIR"));
		Path dir = configured != null ? Path.of(configured) : Path.of(projectDir(), "..", "shared", "corpus");
		dir = dir.toAbsolutePath().normalize();
		boolean present = Files.isRegularFile(dir.resolve("EXPECTED.tsv"));
		String missing = "No labelled corpus at " + dir
				+ " (set -Datlas.corpus-dir or ATLAS_CORPUS_DIR to a folder with EXPECTED.tsv)";
		if (!present && Boolean.parseBoolean(System.getenv("CI"))) {
			fail(missing);
		}
		assumeTrue(present, missing);
		return dir;
	}

	static String projectDir() {
		return System.getProperty("basedir", System.getProperty("user.dir"));
	}

}
