package org.roleatlas.ops;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.roleatlas.search.SearchIndexRebuilt;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHealthIndicatorTest {

	@Test
	void downUntilTheFirstIndexIsBuiltThenUpForGood() {
		ContentHealthIndicator indicator = new ContentHealthIndicator();
		assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
		indicator.indexed(new SearchIndexRebuilt(5, Duration.ofMillis(30)));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
		indicator.indexed(new SearchIndexRebuilt(0, Duration.ofMillis(1)));
		assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
	}

}
