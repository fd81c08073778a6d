package org.roleatlas.postgres;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.RoleAtlasApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one PostgreSQL database, each with its own Lucene index: the writing node
 * loads the folder, the other builds its index from the database; a reload through the
 * writer reaches the other node within the poll (here 0.5 s; it must be within 5 s),
 * edited and deleted text included.
 */
@ExtendWith(PostgresExtension.class)
class TwoNodesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String TOKEN = "two-nodes";

	private static final String ARTICLE = """
			---
			title: Release captain
			lang: en
			---
			# Release captain

			## Responsibilities
			- Runs the weekly %s review with the finance team.
			- Plans the release calendar for every product team.
			""";

	@TempDir
	Path work;

	@Test
	void aReloadOnOneNodeReachesTheOther() throws Exception {
		Path content = work.resolve("content");
		Files.createDirectories(content);
		Files.copy(Path.of("content").resolve(firstSeed()), content.resolve("seed.txt"));
		Files.writeString(content.resolve("captain.md"), ARTICLE.formatted("zebracorn"));
		Files.writeString(content.resolve("gone.md"), ARTICLE.formatted("quokkaboard"));
		String database = PostgresExtension.newDatabase();
		try (ConfigurableApplicationContext writer = start(database, content, "writer", true);
				ConfigurableApplicationContext follower = start(database, work.resolve("nothing-here"), "follower",
						false)) {
			assertThat(version(follower)).as("the follower serves what the writer stored").isEqualTo(1);
			assertThat(hits(follower, "zebracorn")).isEqualTo(1);
			assertThat(hits(follower, "제품")).as("the seed's text").isEqualTo(hits(writer, "제품")).isPositive();

			Files.writeString(content.resolve("captain.md"), ARTICLE.formatted("platypus"));
			Files.delete(content.resolve("gone.md"));
			HttpResponse<String> reload = HTTP.send(HttpRequest.newBuilder(uri(writer, "/api/ingest"))
				.header("X-Atlas-Token", TOKEN)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(reload.statusCode()).isEqualTo(200);
			assertThat(version(writer)).isEqualTo(2);

			Instant reloaded = Instant.now();
			awaitUntil(() -> version(follower) == 2);
			assertThat(Duration.between(reloaded, Instant.now())).isLessThan(Duration.ofSeconds(5));
			assertThat(hits(follower, "platypus")).isEqualTo(1);
			assertThat(hits(follower, "zebracorn")).as("the edited text").isZero();
			assertThat(hits(follower, "quokkaboard")).as("the deleted file's text").isZero();
			assertThat(get(follower, "/api/roles/cpo").statusCode()).isEqualTo(200);
		}
	}

	private static String firstSeed() throws IOException {
		try (var seeds = Files.list(Path.of("content"))) {
			return seeds.filter(Files::isRegularFile)
				.map(p -> p.getFileName().toString())
				.sorted()
				.findFirst()
				.orElseThrow();
		}
	}

	private ConfigurableApplicationContext start(String database, Path content, String node, boolean writes) {
		return new SpringApplicationBuilder(RoleAtlasApplication.class).profiles("postgres")
			.run("--server.port=0", "--spring.datasource.url=" + database,
					"--spring.datasource.username=" + PostgresCluster.SUPERUSER, "--atlas.content-dir=" + content,
					"--atlas.data-dir=" + work.resolve(node), "--atlas.writer=" + writes, "--atlas.watch=false",
					"--atlas.poll-interval=500ms", "--atlas.admin-token=" + TOKEN);
	}

	private static long version(ConfigurableApplicationContext app) {
		return Long.parseLong(get(app, "/api/roles").headers().firstValue("X-Content-Version").orElseThrow());
	}

	private static long hits(ConfigurableApplicationContext app, String query) {
		return JSON.readTree(get(app, "/api/search?q=" + query).body()).path("total").asLong();
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext app, String path) {
		try {
			return HTTP.send(HttpRequest.newBuilder(uri(app, path)).build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static URI uri(ConfigurableApplicationContext app, String path) {
		return URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + path);
	}

	private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(30);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("the follower caught up within 30 s").isBefore(deadline);
			Thread.sleep(100);
		}
	}

}
