package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.roleatlas.corpus.ContentStateRepository;
import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.web.AtlasProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the content folder at startup (unless atlas.ingest-on-startup is false). A folder
 * of at most {@code atlas.background-ingest-above} articles is loaded in a lifecycle
 * phase before the web server's, so the portal never answers from an empty database. A
 * larger one would keep the port closed for a long time, so it is loaded on a thread of
 * its own once the server is up, and until it is in (on a restart over stored content:
 * until that is served again), {@link LoadingGate} answers every page with 503 and how
 * far the loading is. Unless atlas.watch is false, the folder is then watched and every
 * change reloaded ({@link ContentWatcher}), and the database is polled for versions other
 * nodes wrote ({@link StoredVersionPoller}).
 */
@Component
class IngestRunner implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(IngestRunner.class);

	private final IngestService ingest;

	private final AtlasProperties properties;

	private final LoadingGate gate;

	private final int backgroundAbove;

	private volatile boolean running;

	private ContentWatcher watcher;

	private final ContentStateRepository states;

	private final ContentVersions versions;

	private final ContentSwap swap;

	/**
	 * One per start: a context may be stopped and started again (tests pause cached
	 * ones).
	 */
	private volatile StoredVersionPoller poller;

	IngestRunner(IngestService ingest, AtlasProperties properties, LoadingGate gate, ContentStateRepository states,
			ContentVersions versions, ContentSwap swap) {
		this.ingest = ingest;
		this.properties = properties;
		this.gate = gate;
		this.backgroundAbove = properties.backgroundIngestAbove();
		this.states = states;
		this.versions = versions;
		this.swap = swap;
	}

	@Override
	public void start() {
		running = true;
		if (!properties.ingestOnStartup()) {
			watchIfWriter();
			poll();
			return;
		}
		int files = ingest.articleFileCount();
		if (files <= backgroundAbove) {
			watchIfWriter();
			ingest.ingest();
			poll();
			return;
		}
		log.info("{} articles: loading them in the background; pages answer 503 until they are in", files);
		gate.close(ingest::progress);
		Thread loader = new Thread(this::ingestInBackground, "startup-ingest");
		loader.setDaemon(true);
		loader.start();
	}

	private void watchIfWriter() {
		if (properties.watch() && properties.writer()) {
			watch();
		}
	}

	/**
	 * Started after the first ingest, which itself brings up what the database holds: a
	 * poll before it would only ask for the same ingest again.
	 */
	private void poll() {
		if (running && !properties.pollInterval().isZero()) {
			poller = new StoredVersionPoller(() -> states.read().getVersion(),
					() -> Math.max(versions.current().number(), swap.committed()), ingest::requestIngest);
			poller.start(properties.pollInterval());
		}
	}

	/**
	 * Started before the first ingest, so that a change made while it runs is reloaded
	 * after it.
	 */
	private void watch() {
		Path root = ContentFiles.realFolder(properties.contentDir());
		if (!Files.isDirectory(root)) {
			log.warn("Content folder {} does not exist; it is not watched", root);
			return;
		}
		try {
			watcher = new ContentWatcher(root, ContentWatcher.QUIET, ContentWatcher.MAX_DELAY,
					() -> ingest.requestIngest());
			watcher.start();
		}
		catch (IOException ex) {
			log.warn("The content folder cannot be watched; changes need a reload over HTTP", ex);
		}
	}

	/**
	 * A restart over stored content serves it as soon as its index is up to date, and
	 * compares the folder with it afterwards: only the first start of a data folder keeps
	 * the gate closed for the whole ingest. The watcher starts once nothing else runs an
	 * ingest (the gate holds off reloads over HTTP until then), still before the folder
	 * is read.
	 */
	private void ingestInBackground() {
		try {
			if (ingest.serveStored()) {
				gate.open();
			}
		}
		catch (RuntimeException ex) {
			log.error("Serving the stored content failed; the folder is loaded before pages open", ex);
		}
		watchIfWriter();
		try {
			ingest.ingest();
		}
		catch (RuntimeException ex) {
			// IngestService has logged it with its cause
			log.error("The startup ingest failed; the portal serves what is stored");
		}
		finally {
			gate.open();
			poll();
		}
	}

	@Override
	public void stop() {
		running = false;
		if (poller != null) {
			poller.close();
			poller = null;
		}
		if (watcher != null) {
			try {
				watcher.close();
			}
			catch (IOException ex) {
				log.debug("Closing the content watcher", ex);
			}
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return 0;
	}

}
