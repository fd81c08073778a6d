package org.roleatlas.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.roleatlas.TestFolders;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live reload through the real server: the content folder is edited while several clients
 * read it over HTTP, and every sampled response (search hits and total, a role's JSON and
 * its page) belongs to one content version, the one its {@code X-Content-Version} names.
 * Each edit writes a new "edition" of the article with its own number of items, so a
 * response mixing two versions shows. A taxonomy override that breaks after it was served
 * is refused: the previous roles stay, and the report shows the failure with its reason.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiveReloadTest {

	private static final String TOKEN = "live-s3cret";

	private static final Path CONTENT = createContentFolder();

	/**
	 * Where edits are written before they are moved in, so no reload reads half a file;
	 * beside the content folder, so that the move is one rename.
	 */
	private static final Path DRAFTS = TestFolders.create("atlas-live-drafts");

	private static final Pattern EDITION = Pattern.compile("edition (\\d+),");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private static final Duration RELOADED_WITHIN = Duration.ofSeconds(90);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void contentDir(DynamicPropertyRegistry registry) {
		registry.add("atlas.content-dir", CONTENT::toString);
		registry.add("atlas.admin-token", () -> TOKEN);
	}

	private static Path createContentFolder() {
		try {
			Path dir = TestFolders.create("atlas-live");
			Files.createDirectories(dir.resolve("taxonomy"));
			Files.writeString(dir.resolve("taxonomy/roles.yaml"), roles(true));
			Files.writeString(dir.resolve("growth.md"), article(0));
			return dir;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The folder's own roles: a custom one the default taxonomy does not know. */
	private static String roles(boolean valid) {
		return """
				roles:
				  - slug: growth-lead
				    en: Growth Lead
				    ko: 그로스 리드
				    aliases:
				      - { label: Head of Growth, lang: en }
				""" + (valid ? "" : "  - slug: [broken\n");
	}

	/** Edition {@code n}: 2, 3 or 4 responsibilities, each naming its edition. */
	static String article(int edition) {
		StringBuilder text = new StringBuilder("""
				---
				title: What a Growth Lead does
				roles: [growth-lead]
				lang: en
				---
				# What a Growth Lead does

				## Responsibilities

				""");
		for (int i = 1; i <= items(edition); i++) {
			text.append("- Plan the growth calendar of edition ")
				.append(edition)
				.append(", step ")
				.append(i)
				.append('\n');
		}
		return text.toString();
	}

	static int items(int edition) {
		return 2 + edition % 3;
	}

	@Test
	void everyResponseDuringReloadsBelongsToOneVersion() throws Exception {
		Map<Long, Integer> editionOfVersion = new ConcurrentHashMap<>();
		Queue<String> mixes = new ConcurrentLinkedQueue<>();
		AtomicBoolean stop = new AtomicBoolean();
		List<Thread> clients = new ArrayList<>();
		for (int c = 0; c < 4; c++) {
			Thread client = new Thread(() -> {
				while (!stop.get()) {
					sample(editionOfVersion, mixes);
				}
			}, "client-" + c);
			client.start();
			clients.add(client);
		}
		int last = 6;
		for (int edition = 1; edition <= last; edition++) {
			edit(edition);
			if (edition % 2 == 1) {
				// Reloads over HTTP coalesce with the watcher's.
				new Thread(this::reloadOverHttp, "reload-over-http").start();
			}
			else {
				int seen = edition;
				awaitUntil(() -> editionOfVersion.containsValue(seen));
			}
		}
		awaitUntil(() -> editionOfVersion.containsValue(last));
		stop.set(true);
		for (Thread client : clients) {
			client.join();
		}
		assertThat(mixes).as("responses mixing versions").isEmpty();
		assertThat(new TreeSet<>(editionOfVersion.keySet())).as("versions seen").hasSizeGreaterThanOrEqualTo(3);
		List<Integer> editions = new TreeSet<>(editionOfVersion.keySet()).stream().map(editionOfVersion::get).toList();
		assertThat(editions).as("editions by version").isSorted();
	}

	@Test
	void aBrokenTaxonomyKeepsThePreviousRolesAndShowsWhy() throws Exception {
		move(roles(false), CONTENT.resolve("taxonomy/roles.yaml"));
		awaitUntil(() -> get("/api/ingest").json().path("failedReload").isObject());
		HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(uri("/api/ingest"))
			.header("X-Atlas-Token", TOKEN)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(422);
		assertThat(JSON.readTree(refused.body()).path("reasons").get(0).asString())
			.startsWith("taxonomy/roles.yaml in the content folder cannot be used (")
			.endsWith("the reload was refused, so the content and taxonomy already served stay");

		assertThat(get("/api/roles/growth-lead").status()).isEqualTo(200);
		JsonNode report = get("/api/ingest").json();
		assertThat(report.path("failedReload").path("notices").get(0).path("code").asString())
			.isEqualTo("taxonomyOverrideRefused");
		assertThat(report.path("failedReload").path("notices").get(0).path("args").get(0).asString())
			.isEqualTo("roles.yaml");
		assertThat(report.path("failedReload").path("startedAt").asString()).isNotBlank();
		assertThat(report.path("articles").size()).isEqualTo(1);
		String page = get("/about/ingest?locale=ko").body();
		assertThat(page).contains("마지막 다시 불러오기가 실패했습니다").contains("콘텐츠 폴더의 taxonomy/roles.yaml을(를) 쓸 수 없어 (");

		move(roles(true), CONTENT.resolve("taxonomy/roles.yaml"));
		awaitUntil(() -> !get("/api/ingest").json().path("failedReload").isObject());
		assertThat(get("/api/roles/growth-lead").status()).isEqualTo(200);
	}

	/**
	 * One response of each kind, checked against itself and against the edition its
	 * version showed before.
	 */
	private void sample(Map<Long, Integer> editionOfVersion, Queue<String> mixes) {
		for (String path : List.of("/api/search?q=calendar&size=50", "/api/roles/growth-lead", "/roles/growth-lead")) {
			Response response = get(path);
			if (response.status() != 200) {
				mixes.add(path + " answered " + response.status());
				continue;
			}
			Set<Integer> editions = new TreeSet<>();
			Matcher matcher = EDITION.matcher(response.body());
			while (matcher.find()) {
				editions.add(Integer.parseInt(matcher.group(1)));
			}
			if (editions.size() != 1) {
				mixes.add(path + " at version " + response.version() + " shows editions " + editions);
				continue;
			}
			int edition = editions.iterator().next();
			Integer before = editionOfVersion.putIfAbsent(response.version(), edition);
			if (before != null && before != edition) {
				mixes.add(path + " at version " + response.version() + " shows edition " + edition + ", before "
						+ before);
			}
			if (path.startsWith("/api/search")) {
				JsonNode result = response.json();
				long total = result.path("total").asLong();
				if (total != items(edition) || result.path("hits").size() != items(edition)) {
					mixes.add(path + " at version " + response.version() + " of edition " + edition + " has total "
							+ total + " and " + result.path("hits").size() + " hits");
				}
			}
			else if (path.startsWith("/api/")) {
				long items = response.json()
					.findValues("text")
					.stream()
					.filter(text -> EDITION.matcher(text.asString()).find())
					.count();
				if (items != items(edition)) {
					mixes.add(path + " at version " + response.version() + " of edition " + edition + " has " + items
							+ " items");
				}
			}
		}
	}

	private void edit(int edition) throws IOException {
		move(article(edition), CONTENT.resolve("growth.md"));
	}

	private static void move(String text, Path target) throws IOException {
		Path draft = Files.writeString(DRAFTS.resolve(target.getFileName()), text);
		Files.move(draft, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	private void reloadOverHttp() {
		try {
			HTTP.send(HttpRequest.newBuilder(uri("/api/ingest"))
				.header("X-Atlas-Token", TOKEN)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.discarding());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + RELOADED_WITHIN.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("reloaded within " + RELOADED_WITHIN).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private Response get(String path) {
		try {
			HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(path)).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(),
					Long.parseLong(response.headers().firstValue("X-Content-Version").orElse("-1")), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private record Response(int status, long version, String body) {

		JsonNode json() {
			return JSON.readTree(body);
		}

	}

}
