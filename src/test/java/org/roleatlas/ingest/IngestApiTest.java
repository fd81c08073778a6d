package org.roleatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.roleatlas.TestFolders;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ingest of a folder with every kind of trouble, through the real application and its
 * JSON API: broken files are reported with their reason and the rest still loads; nested
 * paths work; a failed reload keeps the old content.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IngestApiTest {

	/**
	 * A nested path with a space and non-ASCII letters, which reaches the server
	 * percent-encoded.
	 */
	private static final String ENCODED_PATH_ARTICLE = "チーム/プロダクト オーナー.md";

	private static final Path CONTENT = createContentFolder();

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) {
		registry.add("atlas.content-dir", CONTENT::toString);
		registry.add("atlas.admin-token", () -> "s3cret");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	IngestService ingest;

	@MockitoSpyBean
	ContentWriter writer;

	@Autowired
	JdbcTemplate jdbc;

	private static Path createContentFolder() {
		try {
			Path dir = TestFolders.create("atlas-content");
			Map<String, String> files = Map.of("growth-po.md", "growth-po.md", "japanese.md", ENCODED_PATH_ARTICLE,
					"german-scrape.txt", "german-scrape.txt", "broken-front-matter.md", "broken-front-matter.md",
					"team/notes.md", "team/notes.md");
			for (Map.Entry<String, String> file : files.entrySet()) {
				try (InputStream in = IngestApiTest.class.getResourceAsStream("/articles/" + file.getKey())) {
					Path target = dir.resolve(file.getValue());
					Files.createDirectories(target.getParent());
					Files.write(target, in.readAllBytes());
				}
			}
			Files.write(dir.resolve("latin1.txt"), "Produktägare är ansvarig".getBytes(StandardCharsets.ISO_8859_1));
			Files.write(dir.resolve("photo.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G' });
			Files.createDirectories(dir.resolve("taxonomy"));
			Files.writeString(dir.resolve("taxonomy/chrome.yaml"), "line_rules: [ {name: x, pattern: '(unclosed'} ]");
			return dir;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void reportAccountsForEveryFile() throws Exception {
		mvc.perform(get("/api/ingest"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.articles.length()").value(4))
			.andExpect(jsonPath("$.articles[?(@.file == 'growth-po.md')].roles[*]")
				.value(org.hamcrest.Matchers.containsInAnyOrder("po", "growth-hacker")))
			.andExpect(jsonPath("$.articles[?(@.file == 'growth-po.md')].responsibilities").value(3))
			.andExpect(jsonPath("$.articles[?(@.file == 'growth-po.md')].skills").value(3))
			.andExpect(jsonPath("$.articles[?(@.file == 'german-scrape.txt')].droppedLines").value(2))
			.andExpect(jsonPath("$.rejected.length()").value(2))
			.andExpect(jsonPath("$.rejected[0].file").value("broken-front-matter.md"))
			.andExpect(jsonPath("$.rejected[0].reason")
				.value("invalid YAML front matter at line 3: found unexpected end of stream"))
			.andExpect(jsonPath("$.rejected[0].notice.code").value("frontMatterInvalidYamlAt"))
			.andExpect(jsonPath("$.rejected[0].notice.args[1]").value("found unexpected end of stream"))
			.andExpect(jsonPath("$.rejected[1].file").value("latin1.txt"))
			.andExpect(jsonPath("$.rejected[1].reason").value("not valid UTF-8 text (Input length = 1)"))
			.andExpect(jsonPath("$.rejected[1].notice.code").value("notUtf8"))
			.andExpect(jsonPath("$.skipped[0]").value("photo.png"))
			.andExpect(jsonPath("$.warnings[0]").value(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.startsWith("taxonomy/chrome.yaml in the content folder could not be used ("),
					org.hamcrest.Matchers.endsWith("); the default is used instead"))))
			.andExpect(jsonPath("$.notices[0].code").value("taxonomyOverrideUnusable"))
			.andExpect(jsonPath("$.notices[0].args[0]").value("chrome.yaml"))
			.andExpect(jsonPath("$.articles[?(@.file == 'growth-po.md')].warnings[0]")
				.value("front-matter role 'Growth Hacker' is not in the taxonomy; created role 'growth-hacker'"));
	}

	@Test
	void theIngestPageWordsWarningsAndReasonsInKorean() throws Exception {
		mvc.perform(get("/about/ingest").param("locale", "ko"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<code>latin1.txt</code>: <span>올바른 UTF-8 텍스트가 아닙니다 (Input length = 1)</span>")))
			.andExpect(content().string(containsString(
					"<code>broken-front-matter.md</code>: <span>프런트 매터의 YAML이 3행에서 잘못되었습니다: found unexpected end of stream</span>")))
			.andExpect(content().string(containsString("<li>콘텐츠 폴더의 taxonomy/chrome.yaml을(를) 쓸 수 없어 (")))
			.andExpect(content().string(containsString(
					"<li>프런트 매터의 직무 &#39;Growth Hacker&#39;이(가) 분류 체계에 없어 직무 &#39;growth-hacker&#39;을(를) 만들었습니다</li>")))
			.andExpect(content().string(not(containsString("not valid UTF-8"))))
			.andExpect(content().string(not(containsString("is not in the taxonomy"))));
	}

	@Test
	void anArticlesWarningsAreEnglishTextAndNoticesInTheApi() throws Exception {
		mvc.perform(get("/api/articles/growth-po.md").header("Accept-Language", "ko"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.warnings[0]")
				.value("front-matter role 'Growth Hacker' is not in the taxonomy; created role 'growth-hacker'"))
			.andExpect(jsonPath("$.notices[0]", org.hamcrest.Matchers
				.equalTo(Map.of("code", "frontMatterRoleCreated", "args", List.of("Growth Hacker", "growth-hacker")))));
	}

	@Test
	void nestedArticleByItsPath() throws Exception {
		mvc.perform(get("/api/articles/team/notes.md"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.file").value("team/notes.md"))
			.andExpect(jsonPath("$.items[0].kind").value("responsibility"))
			.andExpect(jsonPath("$.items[0].text").value("Run experiments on the onboarding funnel"))
			.andExpect(jsonPath("$.items[0].line").value(5))
			.andExpect(jsonPath("$.items[0].section").value("What does a Growth Hacker do?"))
			.andExpect(jsonPath("$.items[0].occurrences[0].line").value(5));
	}

	@Test
	void articleWhosePathIsPercentEncoded() throws Exception {
		mvc.perform(get("/api/articles/{dir}/{file}", "チーム", "プロダクト オーナー.md"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.file").value(ENCODED_PATH_ARTICLE))
			.andExpect(jsonPath("$.lang").value("ja"));
		mvc.perform(get("/articles/{dir}/{file}", "チーム", "プロダクト オーナー.md"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("プロダクト オーナー.md")));
	}

	@Test
	void droppedLinesCarryTheirRule() throws Exception {
		mvc.perform(get("/api/articles/german-scrape.txt"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dropped[0].line").value(1))
			.andExpect(jsonPath("$.dropped[0].text").value("Zum Inhalt springen"))
			.andExpect(jsonPath("$.dropped[0].rule").value("navigation"));
	}

	@Test
	void everyCandidateCarriesTheCueThatDecidedIt() throws Exception {
		mvc.perform(get("/api/articles/german-scrape.txt"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.candidates[?(@.text == 'Product Backlog pflegen und priorisieren')].kind")
				.value(org.hamcrest.Matchers.contains("responsibility")))
			.andExpect(jsonPath("$.candidates[?(@.text == 'Product Backlog pflegen und priorisieren')].cue")
				.value(org.hamcrest.Matchers
					.contains(org.hamcrest.Matchers.containsString("introduced by 'Zu den typischen Aufgaben"))))
			.andExpect(jsonPath("$.candidates[?(@.text =~ /arbeitet eng mit.*/)].kind")
				.value(org.hamcrest.Matchers.contains(org.hamcrest.Matchers.nullValue())))
			.andExpect(jsonPath("$.candidates[?(@.text =~ /arbeitet eng mit.*/)].cue")
				.value(org.hamcrest.Matchers.contains("says whom the role works with")));
	}

	@Test
	void unknownArticleIsAProblemDetail() throws Exception {
		mvc.perform(get("/api/articles/team/missing.md"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("No article 'team/missing.md' in the content folder"));
	}

	@Test
	void reloadNeedsTheAdminToken() throws Exception {
		mvc.perform(post("/api/ingest"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/ingest").header("X-Atlas-Token", "wrong")).andExpect(status().isForbidden());
		mvc.perform(post("/api/ingest").header("X-Atlas-Token", "s3cret"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.articles.length()").value(4));
	}

	@Test
	void theApiIsDescribedWithOpenApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.info.title").value("Role Atlas API"))
			.andExpect(jsonPath("$.paths['/api/ingest'].get").exists())
			.andExpect(jsonPath("$.paths['/api/articles/{file}'].get").exists());
	}

	@Test
	void aReloadThatFailsKeepsThePreviousContent() throws Exception {
		doThrow(new IllegalStateException("disk full")).when(writer).stored();
		assertThatThrownBy(() -> ingest.ingest()).hasMessage("disk full");
		mvc.perform(get("/api/ingest")).andExpect(jsonPath("$.articles.length()").value(4));
		assertThat(ingest.lastSummary().loaded()).isEqualTo(4);
	}

	/**
	 * The rows go in through JDBC batches beside the persistence context: they belong to
	 * the same transaction and go with it.
	 */
	@Test
	void aReloadThatFailsAfterWritingLeavesNoRowOfIt() throws Exception {
		Path edited = CONTENT.resolve("team/notes.md");
		String original = Files.readString(edited);
		Map<String, Long> before = rowCounts();
		String storedHash = jdbc.queryForObject("select content_hash from article where file = ?", String.class,
				"team/notes.md");
		Files.writeString(edited, original + "\n## Responsibilities\n\n- Rehearse the rollback of every release\n");
		doThrow(new IllegalStateException("disk full")).when(writer).stored();
		try {
			assertThatThrownBy(() -> ingest.ingest()).hasMessage("disk full");
		}
		finally {
			Files.writeString(edited, original);
		}
		assertThat(rowCounts()).isEqualTo(before);
		assertThat(
				jdbc.queryForObject("select content_hash from article where file = ?", String.class, "team/notes.md"))
			.isEqualTo(storedHash);
		mvc.perform(get("/api/articles/team/notes.md"))
			.andExpect(jsonPath("$.items[*].text").value(not(hasItem("Rehearse the rollback of every release"))));
	}

	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : List.of("article", "article_candidate", "article_section", "article_subject_role", "item",
				"item_occurrence", "item_role", "removed_file", "role")) {
			counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

}
