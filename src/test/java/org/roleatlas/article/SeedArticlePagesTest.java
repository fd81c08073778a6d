package org.roleatlas.article;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.roleatlas.AtlasApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every seed article stays one page under the default page size: no pager, its last
 * section and every candidate on it, and no second page.
 */
@AtlasApplicationTest
class SeedArticlePagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everySeedIsOnePageWithoutPager() throws Exception {
		List<Path> seeds;
		try (Stream<Path> files = Files.list(Path.of("content"))) {
			seeds = files.filter(Files::isRegularFile).sorted().toList();
		}
		assertThat(seeds).hasSize(5);
		for (Path seed : seeds) {
			String file = seed.getFileName().toString();
			String detail = body("/api/articles/" + file);
			List<Integer> sectionLines = JsonPath.read(detail, "$.sections[*].line");
			int candidates = JsonPath.read(detail, "$.candidates.length()");
			String page = body("/articles/" + file + "?locale=en");
			assertThat(page).as(file)
				.doesNotContain("class=\"pagination\"")
				.contains("id=\"L" + sectionLines.get(sectionLines.size() - 1) + "\"")
				.contains("the cue that decided each (" + candidates + ")");
			mvc.perform(get("/articles/" + file + "?page=1")).andExpect(status().isNotFound());
		}
	}

	private String body(String url) throws Exception {
		return mvc.perform(get(url))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
