package org.roleatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A temporary folder for a Lucene index that is rebuilt at every start (no
 * {@code atlas.data-dir}). On disk rather than on the heap: Lucene memory-maps its files,
 * so at 10,000 articles some 130 MB of index stay out of the heap and the garbage
 * collector's way, and the side-by-side documents of a reload with them. Created when
 * first asked for and deleted when the application context closes, after the entity
 * manager factory (whose settings name it, hence which depends on it) has closed the
 * index.
 */
final class ScratchIndexFolder implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ScratchIndexFolder.class);

	private Path folder;

	synchronized Path path() {
		if (folder == null) {
			try {
				folder = Files.createTempDirectory("atlas-index-");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("No temporary folder for the search index", ex);
			}
		}
		return folder;
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
			log.warn("The temporary search index {} could not be deleted", folder, ex);
		}
		folder = null;
	}

}
