package org.roleatlas.ingest;

import org.roleatlas.web.AtlasProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Loads the content folder at startup (unless atlas.ingest-on-startup is false). A
 * lifecycle phase before the web server's, so the portal never answers from an empty
 * database.
 */
@Component
class IngestRunner implements SmartLifecycle {

	private final IngestService ingest;

	private final AtlasProperties properties;

	private volatile boolean running;

	IngestRunner(IngestService ingest, AtlasProperties properties) {
		this.ingest = ingest;
		this.properties = properties;
	}

	@Override
	public void start() {
		if (properties.ingestOnStartup()) {
			ingest.ingest();
		}
		running = true;
	}

	@Override
	public void stop() {
		running = false;
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
