package org.roleatlas.ops;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A node that has not loaded its content yet is alive but not ready; the first ingest
 * (here a reload over HTTP) makes it ready.
 */
@SpringBootTest(properties = { "atlas.ingest-on-startup=false", "atlas.admin-token=ready-s3cret" })
@AutoConfigureMockMvc
class ReadinessBeforeIngestTest {

	@Autowired
	MockMvc mvc;

	@Test
	void readinessIsDownUntilTheFirstIngestIsIndexed() throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value("DOWN"));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(post("/api/ingest").header("X-Atlas-Token", "ready-s3cret")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

}
