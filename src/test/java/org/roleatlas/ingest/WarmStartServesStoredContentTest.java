package org.roleatlas.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.RoleAtlasApplication;
import org.roleatlas.corpus.ContentLoadedEvent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart of a folder loaded in the background, over a database that holds content,
 * serves that content first and reads the folder after: the stored version is swapped in
 * before the edited file's version. Two real starts on one data folder (disk profile).
 */
class WarmStartServesStoredContentTest {

	@TempDir
	Path work;

	@Test
	void aRestartServesWhatIsStoredBeforeItReadsTheFolder() throws Exception {
		Path content = Files.createDirectories(work.resolve("content"));
		try (Stream<Path> seeds = Files.list(Path.of("content"))) {
			for (Path seed : seeds.filter(Files::isRegularFile).toList()) {
				Files.copy(seed, content.resolve(seed.getFileName()));
			}
		}
		Path edited = content.resolve("release-captain.md");
		Files.writeString(edited, "# Release captain\n\n## Responsibilities\n- Runs the weekly zebracorn review.\n");
		List<Long> first = new CopyOnWriteArrayList<>();
		try (ConfigurableApplicationContext cold = start(content, first)) {
			awaitSwaps(first, 1);
			assertThat(first).as("nothing stored yet: the folder is read").containsExactly(1L);
		}

		Files.writeString(edited, "# Release captain\n\n## Responsibilities\n- Runs the weekly platypus review.\n");
		List<Long> served = new CopyOnWriteArrayList<>();
		try (ConfigurableApplicationContext warm = start(content, served)) {
			awaitSwaps(served, 2);
			assertThat(served).as("the stored version is served, then the edit is read").containsExactly(1L, 2L);
		}
	}

	/** Waits for the swaps the background ingest announces (after the swap's purge). */
	private static void awaitSwaps(List<Long> served, int count) throws InterruptedException {
		for (int i = 0; i < 1200 && served.size() < count; i++) {
			Thread.sleep(50);
		}
	}

	private ConfigurableApplicationContext start(Path content, List<Long> served) {
		// Above two files the startup ingest runs in the background, as for a large
		// folder.
		return new SpringApplicationBuilder(RoleAtlasApplication.class).profiles("disk")
			.listeners((ApplicationListener<ApplicationEvent>) event -> {
				if (event instanceof PayloadApplicationEvent<?> published
						&& published.getPayload() instanceof ContentLoadedEvent loaded) {
					served.add(loaded.version().number());
				}
			})
			.run("--server.port=0", "--atlas.content-dir=" + content, "--atlas.data-dir=" + work.resolve("data"),
					"--atlas.watch=false", "--atlas.poll-interval=0s", "--atlas.background-ingest-above=2");
	}

}
