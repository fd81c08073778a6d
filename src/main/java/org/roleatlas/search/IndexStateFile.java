package org.roleatlas.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;

import org.roleatlas.corpus.ContentVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content version a persisted index holds, kept in a file beside it, so a restart
 * knows how far the index is and indexes only what it lacks. Written after the index has
 * committed that version (a crash in between leaves the older state, which only costs a
 * second indexing of the same documents); replaced atomically.
 */
final class IndexStateFile {

	private static final Logger log = LoggerFactory.getLogger(IndexStateFile.class);

	static final String NAME = "atlas-index-state.properties";

	private final Path file;

	IndexStateFile(Path indexRoot) {
		this.file = indexRoot.resolve(NAME);
	}

	/**
	 * What the index holds, and the version below which it holds no document any more
	 * (those purged and the index merged after a full reload), so a restart does not
	 * purge and merge again; 0 if unknown.
	 */
	record State(ContentVersion indexed, long purgedBelow) {

		static final State NONE = new State(ContentVersion.NONE, 0);

	}

	/** The state written last; {@link State#NONE} if unknown. */
	State read() {
		if (!Files.isRegularFile(file)) {
			return State.NONE;
		}
		Properties state = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			state.load(in);
			return new State(new ContentVersion(Long.parseLong(state.getProperty("version")),
					Long.parseLong(state.getProperty("floor")), Instant.parse(state.getProperty("committedAt"))),
					purgedBelow(state));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("The index state {} cannot be read; the index is rebuilt", file.getFileName(), ex);
			return State.NONE;
		}
	}

	/** Written by builds before it was kept, or damaged: unknown, so purged again. */
	private static long purgedBelow(Properties state) {
		try {
			return Long.parseLong(state.getProperty("purgedBelow", "0"));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	void write(ContentVersion indexed, long purgedBelow) {
		Properties state = new Properties();
		state.setProperty("version", Long.toString(indexed.number()));
		state.setProperty("floor", Long.toString(indexed.floor()));
		state.setProperty("committedAt", indexed.committedAt().toString());
		state.setProperty("purgedBelow", Long.toString(purgedBelow));
		try {
			Files.createDirectories(file.getParent());
			Path next = file.resolveSibling(NAME + ".next");
			try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
				state.store(out, "the content version this search index holds");
			}
			Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
