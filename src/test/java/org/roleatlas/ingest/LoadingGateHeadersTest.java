package org.roleatlas.ingest;

import org.junit.jupiter.api.Test;
import org.roleatlas.AtlasApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The loading gate answers on its own, so it stands after the security headers in the
 * application's filter chain: its 503 carries them like every other response.
 */
@AtlasApplicationTest
class LoadingGateHeadersTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	LoadingGate gate;

	@Test
	void theLoadingPageCarriesTheSecurityHeaders() throws Exception {
		gate.close(() -> new IngestService.Progress(1, 300));
		try {
			mvc.perform(get("/roles/cpo"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().exists("Content-Security-Policy"))
				.andExpect(header().exists("Permissions-Policy"));
		}
		finally {
			gate.open();
		}
	}

}
