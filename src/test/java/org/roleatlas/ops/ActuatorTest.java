package org.roleatlas.ops;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roleatlas.corpus.IngestReports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Actuator endpoints on the seed content, loaded at startup: probes, info and metrics
 * are served, every other endpoint is not, and none shows a server path.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActuatorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IngestReports reports;

	/**
	 * The seeds' item count as the ingest stored it (it follows the extraction rules).
	 */
	private int seedItems() {
		int items = reports.lastSummary().items();
		assertThat(items).isPositive();
		return items;
	}

	@Test
	void readinessAndLivenessAreUpOnceTheContentIsIndexed() throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/actuator/health/liveness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void infoNamesTheBuildAndTheContentButNoPath() throws Exception {
		mvc.perform(get("/actuator/info"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.build.artifact").value("role-atlas"))
			.andExpect(jsonPath("$.content.files").value(5))
			.andExpect(jsonPath("$.content.articles").value(5))
			.andExpect(jsonPath("$.content.items").value(seedItems()))
			.andExpect(jsonPath("$.content.lastIngest").isNotEmpty())
			.andExpect(jsonPath("$.content.contentDir").doesNotExist())
			.andExpect(content().string(not(containsString(System.getProperty("user.dir")))));
	}

	@Test
	void prometheusHasTheContentIngestAndSearchMetrics() throws Exception {
		mvc.perform(get("/api/search?q=roadmap")).andExpect(status().isOk());
		mvc.perform(get("/search?q=roadmap")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("atlas_content_articles 5.0")))
			.andExpect(content().string(containsString("atlas_content_items " + seedItems() + ".0")))
			.andExpect(content().string(containsString("atlas_ingest_seconds_count")))
			.andExpect(content().string(containsString("atlas_index_seconds_count")))
			.andExpect(content().string(containsString("atlas_search_seconds_bucket")))
			.andExpect(content().string(containsString("atlas_search_seconds_count")))
			.andExpect(content().string(not(containsString(System.getProperty("user.dir")))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/metrics",
			"/actuator/heapdump", "/actuator/loggers", "/actuator/mappings" })
	void otherEndpointsAreNotServed(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isNotFound());
	}

}
