package org.roleatlas.ingest;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CPU per article of one warm {@link ArticleLoader} on one thread, and a digest of
 * everything it loaded; a benchmark, not a test, so it only runs when asked (see README,
 * "Benchmark"): {@code ./mvnw -o test -Dtest=LoaderBenchmark -Datlas.benchmark=true
 * -Djacoco.skip=true [-Datlas.loader-dirs=DIR,DIR]}. The loader is the ingest's critical
 * path (the writer waits for it), and a change meant only to make it faster must leave
 * the digest as it was: it covers every parsed section, item, candidate decision, fact
 * and warning. Prints the lowest of the measured passes and writes it to
 * target/loader-benchmark.txt.
 */
@EnabledIfSystemProperty(named = "atlas.benchmark", matches = "true")
class LoaderBenchmark {

	private static final int WARM_UP_PASSES = 3;

	private static final int MEASURED_PASSES = 5;

	@Test
	void cpuPerArticleOfAWarmLoader() throws IOException {
		List<Article> articles = articles();
		assertThat(articles).isNotEmpty();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		String digest = null;
		long lowestNanos = Long.MAX_VALUE;
		try (ArticleLoader loader = new ArticleLoader(LoaderFixture.TAXONOMY)) {
			for (int pass = 0; pass < WARM_UP_PASSES + MEASURED_PASSES; pass++) {
				MessageDigest sha = sha256();
				long start = threads.getCurrentThreadCpuTime();
				for (Article article : articles) {
					LoadedArticle loaded = loader.load(article.file(), article.text());
					sha.update(loaded.toString().getBytes(StandardCharsets.UTF_8));
				}
				long took = threads.getCurrentThreadCpuTime() - start;
				String passDigest = HexFormat.of().formatHex(sha.digest());
				assertThat(digest).as("the same articles load the same on every pass").isIn(null, passDigest);
				digest = passDigest;
				if (pass >= WARM_UP_PASSES) {
					lowestNanos = Math.min(lowestNanos, took);
				}
			}
		}
		String report = String.format("articles=%d cpu-per-article=%.2fms digest=%s%n", articles.size(),
				lowestNanos / 1e6 / articles.size(), digest);
		System.out.print(report);
		Path out = Path.of(CorpusEvaluationTest.projectDir(), "target", "loader-benchmark.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
	}

	/**
	 * The articles of {@code atlas.loader-dirs}, else of the bundled content, as the
	 * ingest lists and names them (the taxonomy folder skipped, each file by its path in
	 * its folder), in that order.
	 */
	private static List<Article> articles() throws IOException {
		String configured = System.getProperty("atlas.loader-dirs",
				Path.of(CorpusEvaluationTest.projectDir(), "content").toString());
		List<Article> articles = new ArrayList<>();
		for (String dir : configured.split(",")) {
			ContentFiles files = new ContentFiles(ContentFiles.realFolder(Path.of(dir.trim())));
			for (Path path : files.list().articles().stream().sorted().toList()) {
				articles.add(new Article(files.relative(path), ContentFileReader.decode(Files.readAllBytes(path))));
			}
		}
		return articles;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Article(String file, String text) {
	}

}
