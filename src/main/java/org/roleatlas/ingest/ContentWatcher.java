package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the content folder and every folder under it ({@code taxonomy/} included;
 * folders created later are watched as they appear; links are not followed, as the ingest
 * does not read through them) and calls {@code onChange} once changes settle: after
 * {@code quiet} without a further change, or {@code maxDelay} after the first change of a
 * run of them, so an editor's save of several files, a rename or a copy of a hundred
 * files costs one reload and a folder that never stops changing still reloads.
 */
final class ContentWatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ContentWatcher.class);

	/** How long the folder must stay still before a reload. */
	static final Duration QUIET = Duration.ofMillis(300);

	/** The longest a change waits for its reload while more changes keep coming. */
	static final Duration MAX_DELAY = Duration.ofMillis(1500);

	private final Path root;

	private final Duration quiet;

	private final Duration maxDelay;

	private final Runnable onChange;

	private final WatchService watcher;

	private final Map<WatchKey, Path> folders = new HashMap<>();

	private final Thread thread;

	ContentWatcher(Path root, Duration quiet, Duration maxDelay, Runnable onChange) throws IOException {
		this.root = root;
		this.quiet = quiet;
		this.maxDelay = maxDelay;
		this.onChange = onChange;
		this.watcher = FileSystems.getDefault().newWatchService();
		register(root);
		this.thread = new Thread(this::watch, "content-watcher");
		thread.setDaemon(true);
	}

	void start() {
		thread.start();
	}

	@Override
	public void close() throws IOException {
		watcher.close();
		thread.interrupt();
	}

	private void watch() {
		long firstChange = 0;
		long lastChange = 0;
		boolean pending = false;
		try {
			while (true) {
				WatchKey key;
				if (pending) {
					long now = System.nanoTime();
					long due = Math.min(lastChange + quiet.toNanos(), firstChange + maxDelay.toNanos());
					key = due <= now ? null : watcher.poll(due - now, TimeUnit.NANOSECONDS);
				}
				else {
					key = watcher.take();
				}
				if (key != null && changed(key)) {
					lastChange = System.nanoTime();
					if (!pending) {
						firstChange = lastChange;
						pending = true;
					}
				}
				else if (pending && settled(firstChange, lastChange)) {
					pending = false;
					onChange.run();
				}
			}
		}
		catch (InterruptedException | ClosedWatchServiceException ex) {
			// closed with the application
		}
	}

	private boolean settled(long firstChange, long lastChange) {
		long now = System.nanoTime();
		return now - lastChange >= quiet.toNanos() || now - firstChange >= maxDelay.toNanos();
	}

	/** Reads the key's events, watching new folders; true if anything changed. */
	private boolean changed(WatchKey key) {
		Path folder = folders.get(key);
		boolean changed = false;
		for (WatchEvent<?> event : key.pollEvents()) {
			changed = true;
			if (folder != null && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
				Path created = folder.resolve((Path) event.context());
				if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
					register(created);
				}
			}
		}
		if (!key.reset()) {
			folders.remove(key);
		}
		return changed;
	}

	private void register(Path start) {
		try {
			Files.walkFileTree(start, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
					folders.put(dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
							StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					return FileVisitResult.CONTINUE;
				}

			});
		}
		catch (IOException ex) {
			// A folder removed while it was being registered: its removal is a change
			// the watcher has seen already.
			log.debug("Could not watch {} under {}", start, root, ex);
		}
	}

}
