package org.roleatlas.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.RoleAtlasApplication;
import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.corpus.IngestReports;
import org.roleatlas.corpus.IngestSummary;
import org.roleatlas.corpus.Notice;
import org.roleatlas.corpus.NoticeCode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the {@code disk} profile the database and the search index survive a restart: an
 * unchanged folder is served again without reading a file, and after an edit and a
 * deletion only the edited file is read, while search answers from the kept index plus
 * what changed; an empty folder (a volume that failed to mount) leaves the stored content
 * as it is. Four real starts of the application on one data folder.
 */
class RestartKeepsItsWorkTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String EXTRA = """
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
	void aRestartReadsOnlyWhatChanged() throws Exception {
		Path content = work.resolve("content");
		Files.createDirectories(content);
		try (Stream<Path> seeds = Files.list(Path.of("content"))) {
			for (Path seed : seeds.filter(Files::isRegularFile).toList()) {
				Files.copy(seed, content.resolve(seed.getFileName()));
			}
		}
		Files.writeString(content.resolve("release-captain.md"), EXTRA.formatted("zebracorn"));
		Files.writeString(content.resolve("to-delete.md"), EXTRA.formatted("quokkaboard"));
		Files.writeString(content.resolve("broken.md"), "---\ntitle: [unclosed\n---\n# Broken\n");
		int files = 8;
		int articles = 7;

		long roadmapHits;
		try (ConfigurableApplicationContext first = start(content)) {
			IngestSummary cold = summary(first);
			assertThat(cold.loaded()).isEqualTo(articles);
			assertThat(cold.rejected()).isEqualTo(1);
			assertThat(cold.unchanged()).as("a cold start reads every file").isZero();
			assertThat(version(first)).isEqualTo(1);
			roadmapHits = hits(first, "roadmap");
			assertThat(roadmapHits).isPositive();
			assertThat(hits(first, "quokkaboard")).isEqualTo(1);
		}

		try (ConfigurableApplicationContext second = start(content)) {
			IngestSummary warm = summary(second);
			assertThat(warm.unchanged()).as("an unchanged folder is not read again, its rejected file neither")
				.isEqualTo(files);
			assertThat(warm.loaded()).isEqualTo(articles);
			assertThat(warm.rejected()).as("the rejection is kept with its reason").isEqualTo(1);
			assertThat(version(second)).as("nothing new was written").isEqualTo(1);
			assertThat(hits(second, "roadmap")).as("the kept index answers").isEqualTo(roadmapHits);
			assertThat(hits(second, "zebracorn")).isEqualTo(1);
		}

		Files.writeString(content.resolve("release-captain.md"), EXTRA.formatted("platypus"));
		Files.delete(content.resolve("to-delete.md"));
		try (ConfigurableApplicationContext third = start(content)) {
			IngestSummary changed = summary(third);
			assertThat(changed.unchanged()).as("only the edited file is read").isEqualTo(files - 2);
			assertThat(changed.loaded()).isEqualTo(articles - 1);
			assertThat(version(third)).isEqualTo(2);
			assertThat(hits(third, "platypus")).isEqualTo(1);
			assertThat(hits(third, "zebracorn")).as("the edited file's old text").isZero();
			assertThat(hits(third, "quokkaboard")).as("the deleted file's text").isZero();
			assertThat(hits(third, "roadmap")).isEqualTo(roadmapHits);
		}

		Path unmounted = Files.createDirectories(work.resolve("unmounted"));
		try (ConfigurableApplicationContext fourth = start(unmounted)) {
			IngestSummary empty = summary(fourth);
			assertThat(empty.warnings()).as("an empty folder over stored content is reported")
				.extracting(Notice::code)
				.containsExactly(NoticeCode.CONTENT_FOLDER_EMPTY_KEPT.code());
			assertThat(empty.loaded()).as("and the stored articles are kept").isEqualTo(articles - 1);
			assertThat(version(fourth)).isEqualTo(2);
			assertThat(hits(fourth, "platypus")).isEqualTo(1);
		}
	}

	private ConfigurableApplicationContext start(Path content) {
		return new SpringApplicationBuilder(RoleAtlasApplication.class).profiles("disk")
			.run("--server.port=0", "--atlas.content-dir=" + content, "--atlas.data-dir=" + work.resolve("data"),
					"--atlas.watch=false", "--atlas.poll-interval=0s");
	}

	private static IngestSummary summary(ConfigurableApplicationContext app) {
		return app.getBean(IngestReports.class).lastSummary();
	}

	private static long version(ConfigurableApplicationContext app) {
		return app.getBean(ContentVersions.class).current().number();
	}

	private static long hits(ConfigurableApplicationContext app, String query)
			throws IOException, InterruptedException {
		String port = app.getEnvironment().getProperty("local.server.port");
		HttpResponse<String> response = HTTP.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search?q=" + query)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = JSON.readTree(response.body());
		return body.path("total").asLong();
	}

}
