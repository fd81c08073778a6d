package org.roleatlas.ops;

import org.roleatlas.search.SearchIndexRebuilt;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The health contributor {@code content}, part of the readiness group: DOWN until the
 * first ingest is stored and its search index built, so an orchestrator sends no traffic
 * to a node that would answer from an empty or half-indexed portal. A reload keeps it UP:
 * the previous content serves until the new one commits. It watches the index rather than
 * the startup sequence, so it holds however the ingest is started.
 */
@Component
class ContentHealthIndicator implements HealthIndicator {

	private volatile boolean indexed;

	@EventListener
	void indexed(SearchIndexRebuilt event) {
		indexed = true;
	}

	@Override
	public Health health() {
		return indexed ? Health.up().build() : Health.down().withDetail("waitingFor", "first ingest").build();
	}

}
