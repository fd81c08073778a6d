package org.roleatlas;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time is injected so services that stamp it can be tested with a fixed clock. It ticks
 * in microseconds, the precision both databases store, so a stamp read back from a row
 * equals the one reported when it was written (PostgreSQL would round the nanoseconds).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
