package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watcher on a real folder, with the settings the application uses: every kind of
 * change anywhere under the folder asks for one reload within 2 s, and a burst of a
 * hundred edits asks for one.
 */
class ContentWatcherTest {

	/** The bound from a change to its reload being asked for. */
	private static final long PICKED_UP_WITHIN_MS = 2_000;

	@TempDir
	Path content;

	private final BlockingQueue<Long> reloads = new LinkedBlockingQueue<>();

	private ContentWatcher watcher;

	@BeforeEach
	void watch() throws IOException {
		Files.writeString(content.resolve("a.md"), "# A\n");
		Files.createDirectories(content.resolve("taxonomy"));
		Files.createDirectories(content.resolve("team/notes"));
		watcher = new ContentWatcher(content, ContentWatcher.QUIET, ContentWatcher.MAX_DELAY,
				() -> reloads.add(System.nanoTime()));
		watcher.start();
	}

	@AfterEach
	void stop() throws IOException {
		watcher.close();
	}

	@Test
	void anAddedFileIsPickedUp() throws Exception {
		assertOneReloadFor(() -> Files.writeString(content.resolve("b.md"), "# B\n"));
	}

	@Test
	void anEditIsPickedUp() throws Exception {
		assertOneReloadFor(() -> Files.writeString(content.resolve("a.md"), "# A, edited\n"));
	}

	@Test
	void aDeletionIsPickedUp() throws Exception {
		assertOneReloadFor(() -> Files.delete(content.resolve("a.md")));
	}

	@Test
	void aRenameIsPickedUp() throws Exception {
		assertOneReloadFor(() -> Files.move(content.resolve("a.md"), content.resolve("team/a.md"),
				StandardCopyOption.ATOMIC_MOVE));
	}

	@Test
	void changesInNestedFoldersAndTheTaxonomyArePickedUp() throws Exception {
		assertOneReloadFor(() -> Files.writeString(content.resolve("team/notes/c.md"), "# C\n"));
		assertOneReloadFor(() -> Files.writeString(content.resolve("taxonomy/roles.yaml"), "roles: []\n"));
	}

	@Test
	void aFolderCreatedLaterIsWatchedToo() throws Exception {
		assertOneReloadFor(() -> Files.createDirectories(content.resolve("later")));
		assertOneReloadFor(() -> Files.writeString(content.resolve("later/d.md"), "# D\n"));
	}

	@Test
	void aBurstOfAHundredEditsIsOneReload() throws Exception {
		assertOneReloadFor(() -> {
			for (int i = 0; i < 100; i++) {
				Files.writeString(content.resolve("burst-" + (i % 10) + ".md"), "# Edit " + i + "\n");
				Thread.sleep(5);
			}
		});
	}

	private void assertOneReloadFor(Change change) throws Exception {
		reloads.clear();
		long start = System.nanoTime();
		change.make();
		Long reload = reloads.poll(PICKED_UP_WITHIN_MS + 1_000, TimeUnit.MILLISECONDS);
		assertThat(reload).as("a reload was asked for").isNotNull();
		assertThat(TimeUnit.NANOSECONDS.toMillis(reload - start)).isLessThanOrEqualTo(PICKED_UP_WITHIN_MS);
		assertThat(reloads.poll(ContentWatcher.QUIET.toMillis() * 3, TimeUnit.MILLISECONDS))
			.as("one reload for the change")
			.isNull();
	}

	@FunctionalInterface
	private interface Change {

		void make() throws Exception;

	}

}
