package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roleatlas.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application started on a content folder holding the whole hostile corpus next to a
 * good article, with links out of the folder and a loop: startup succeeds, every hostile
 * file is loaded or rejected with its reason, nothing outside the folder is read, the
 * report names no server path, and a reload of the same folder answers 200.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HostileContentTest {

	private static final Path ROOT = createContentFolder();

	private static final Path CONTENT = ROOT.resolve("hostile-content");

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) {
		registry.add("atlas.content-dir", CONTENT::toString);
		registry.add("atlas.admin-token", () -> "s3cret");
	}

	@Autowired
	MockMvc mvc;

	private static Path createContentFolder() {
		try {
			Path root = TestFolders.create("atlas-hostile");
			Path content = Files.createDirectories(root.resolve("hostile-content"));
			HostileCorpus.writeInto(content);
			Files.createDirectories(content.resolve("team"));
			Files.writeString(content.resolve("team/notes.md"), HostileCorpus.ARTICLE);
			Path secret = Files.writeString(root.resolve("secret.md"), "# Secret\n\nThe product owner password.\n");
			Files.createSymbolicLink(content.resolve("secret.md"), secret);
			Files.createSymbolicLink(content.resolve("loop.md"), content.resolve("loop.md"));
			if (Files.exists(Path.of("/etc/passwd"))) {
				Files.createSymbolicLink(content.resolve("passwd.txt"), Path.of("/etc/passwd"));
			}
			return root;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void everyHostileFileIsLoadedOrRejectedWithItsReason() throws Exception {
		for (Map.Entry<String, HostileCorpus.Case> entry : HostileCorpus.cases().entrySet()) {
			String file = entry.getKey();
			if (entry.getValue().outcome().equals(HostileCorpus.LOADS)) {
				mvc.perform(get("/api/ingest")).andExpect(jsonPath("$.articles[*].file", hasItem(file)));
				mvc.perform(get("/articles/" + file).accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
			}
			else {
				mvc.perform(get("/api/ingest"))
					.andExpect(jsonPath("$.rejected[?(@.file == '" + file + "')].notice.code")
						.value(hasItem(entry.getValue().outcome())));
			}
		}
		mvc.perform(get("/about/ingest").accept(MediaType.TEXT_HTML)).andExpect(status().isOk());
	}

	@Test
	void nothingOutsideTheFolderIsReadAndNoServerPathIsShown() throws Exception {
		mvc.perform(get("/api/ingest"))
			.andExpect(jsonPath("$.contentDir").value("hostile-content"))
			.andExpect(jsonPath("$.skipped", hasItem("secret.md")))
			.andExpect(jsonPath("$.skipped", hasItem("loop.md")))
			.andExpect(jsonPath("$.notices[?(@.code == 'linkOutsideFolder')].args[0]", hasItem("secret.md")))
			.andExpect(jsonPath("$.notices[?(@.code == 'linkBroken')].args[0]", hasItem("loop.md")))
			.andExpect(jsonPath("$.articles[*].file", not(hasItem("secret.md"))))
			.andExpect(jsonPath("$.warnings[*]", not(hasItem(startsWith(ROOT.toString())))));
		mvc.perform(get("/api/articles/secret.md")).andExpect(status().isNotFound());
		mvc.perform(get("/api/articles/passwd.txt")).andExpect(status().isNotFound());
	}

	@Test
	void nestedArticlesAreReachableByAQueryParameter() throws Exception {
		mvc.perform(get("/api/articles").param("file", "team/notes.md"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.file").value("team/notes.md"));
		mvc.perform(get("/api/articles").param("file", "../secret.md")).andExpect(status().isNotFound());
	}

	@Test
	void aReloadOfTheHostileFolderSucceeds() throws Exception {
		mvc.perform(post("/api/ingest").header("X-Atlas-Token", "s3cret"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contentDir").value("hostile-content"))
			.andExpect(jsonPath("$.articles[*].file", hasItem("bom.md")));
	}

}
