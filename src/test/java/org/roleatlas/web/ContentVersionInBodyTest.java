package org.roleatlas.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.AtlasApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every JSON body of the API names the content version it was built from, the number of
 * its {@code X-Content-Version} header, served from the cache or rendered.
 */
@AtlasApplicationTest
class ContentVersionInBodyTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ServedContentVersion versions;

	@Test
	void everyBodyNamesTheVersionOfItsHeader() throws Exception {
		List<String> addresses = List.of("/api/roles", "/api/roles/cpo", "/api/search?q=roadmap",
				"/api/compare?roles=cpo,po", "/api/ingest", "/api/articles/000_7fb96c30b16a0312.txt",
				"/api/articles?file=000_7fb96c30b16a0312.txt");
		for (String address : addresses) {
			// twice: rendered, then from the page cache
			for (int i = 0; i < 2; i++) {
				MvcResult result = mvc.perform(get(address)).andExpect(status().isOk()).andReturn();
				String header = result.getResponse().getHeader(PageCacheFilter.CONTENT_VERSION);
				Number inBody = JsonPath.read(result.getResponse().getContentAsString(), "$.contentVersion");
				assertThat(header).as(address).isEqualTo(Long.toString(versions.current()));
				assertThat(inBody.longValue()).as(address).isEqualTo(Long.parseLong(header));
			}
		}
	}

}
