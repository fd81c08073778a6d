package org.roleatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * The temporary folder of a start without {@code atlas.data-dir}: the H2 database and the
 * Lucene index that are rebuilt at every start. On disk rather than on the heap: at
 * 10,000 articles an in-memory H2 database holds some 290 MB of rows and index entries in
 * the heap, and a reload, building the next version beside the served one, twice that; a
 * file database keeps only its page cache there, and Lucene memory-maps its files. Made
 * when first asked for (a start on PostgreSQL or a kept data folder never asks), deleted
 * when the application context closes, after the database and the index.
 */
final class ScratchFolder implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ScratchFolder.class);

	private Path folder;

	synchronized Path path() {
		if (folder == null) {
			try {
				folder = Files.createTempDirectory("roleatlas-");
				removeAtExitIfEmpty(folder);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("No temporary folder for the database and the search index", ex);
			}
		}
		return folder;
	}

	/**
	 * A start that fails after naming its folder, before the database is made in it,
	 * never closes it. Only an empty folder goes at exit: the hook may run beside the one
	 * that closes the database, and an empty folder holds nothing it could be writing.
	 */
	private static void removeAtExitIfEmpty(Path folder) {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				Files.deleteIfExists(folder);
			}
			catch (IOException notEmptyOrGone) {
				// Still in use, or deleted at close already: nothing to do.
			}
		}, "scratch-folder-cleanup"));
	}

	@Override
	public synchronized void close() {
		if (folder == null) {
			return;
		}
		try {
			FileSystemUtils.deleteRecursively(folder);
		}
		catch (IOException ex) {
			log.warn("The temporary folder {} could not be deleted", folder, ex);
		}
		folder = null;
	}

}
