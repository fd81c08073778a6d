package org.roleatlas.corpus;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * The content version now being served. Only an ingest that has committed advances it, so
 * whatever a request reads after seeing version n was committed by ingest n or later.
 */
@Component
public class ContentVersions {

	private final AtomicReference<ContentVersion> current = new AtomicReference<>(ContentVersion.NONE);

	public ContentVersion current() {
		return current.get();
	}

	/**
	 * Called once an ingest has committed: advances the version and returns the event
	 * that announces it.
	 */
	public ContentLoadedEvent committed(Instant at, int articles) {
		ContentVersion version = current.updateAndGet(v -> v.next(at));
		return new ContentLoadedEvent(at, articles, version);
	}

}
