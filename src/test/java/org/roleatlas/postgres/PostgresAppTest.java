package org.roleatlas.postgres;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roleatlas.RoleAtlasApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The application on a real PostgreSQL server (the {@code postgres} profile), with the
 * seed content, answers what the default in-memory H2 application answers: the ingest,
 * role, search and compare paths, a reload over HTTP, and instants that stay the same
 * point in time under a JVM zone far from UTC.
 */
@ExtendWith(PostgresExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresAppTest {

	private static final String TOKEN = "pg-s3cret";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** Set before either application starts: the driver sends it as the session zone. */
	private static final TimeZone ORIGINAL_ZONE = switchZone(TimeZone.getTimeZone("Asia/Seoul"));

	private static ConfigurableApplicationContext h2App;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", PostgresExtension::newDatabase);
		registry.add("spring.datasource.username", () -> PostgresCluster.SUPERUSER);
		registry.add("atlas.admin-token", () -> TOKEN);
	}

	@BeforeAll
	static void startH2App() {
		h2App = new SpringApplicationBuilder(RoleAtlasApplication.class).run("--server.port=0");
	}

	@AfterAll
	static void stopH2AppAndRestoreZone() {
		if (h2App != null) {
			h2App.close();
		}
		switchZone(ORIGINAL_ZONE);
	}

	@Test
	void runsOnPostgresqlWithTheMigrations() {
		assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
		assertThat(jdbc.queryForList("select version from flyway_schema_history where success", String.class))
			.contains("1", "2", "6");
	}

	@Test
	void ingestReportCountsAsOnH2() throws Exception {
		JsonNode postgres = withoutTimings(get(port, "/api/ingest"));
		JsonNode h2 = withoutTimings(get(h2Port(), "/api/ingest"));
		assertThat(postgres.get("totals").get("articles").asInt()).isPositive();
		assertThat(postgres).isEqualTo(h2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/roles", "/api/roles/cpo", "/api/roles/po", "/api/search?q=roadmap",
			"/api/search?q=%EA%B8%B0%ED%9A%8D%EC%9E%90", "/api/compare?roles=cpo,po" })
	void answersAsOnH2(String path) throws Exception {
		JsonNode postgres = get(port, path);
		assertThat(postgres.isEmpty()).as(path).isFalse();
		assertThat(postgres).as(path).isEqualTo(get(h2Port(), path));
	}

	@Test
	void reloadsThroughTheApi() throws Exception {
		Instant before = lastIngest();
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(port, "/api/ingest"))
			.header("X-Atlas-Token", TOKEN)
			.POST(HttpRequest.BodyPublishers.noBody())
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode report = JSON.readTree(response.body());
		assertThat(report.get("totals")).isEqualTo(get(h2Port(), "/api/ingest").get("totals"));
		assertThat(lastIngest()).as("an unchanged folder is not written again").isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from article", Integer.class))
			.isEqualTo(report.get("totals").get("articles").asInt());
		assertThat(get(port, "/api/roles/cpo")).isEqualTo(get(h2Port(), "/api/roles/cpo"));
	}

	@Test
	void ingestedAtIsTheSameInstantUnderAsiaSeoul() throws Exception {
		assertThat(TimeZone.getDefault().getID()).isEqualTo("Asia/Seoul");
		Instant reported = Instant.parse(get(port, "/api/ingest").get("ingestedAt").asString());
		// The epoch of a timestamp with time zone is absolute; a plain timestamp would
		// give the Seoul wall clock read as UTC, nine hours late.
		List<Double> stored = jdbc.queryForList("select distinct extract(epoch from ingested_at) from article",
				Double.class);
		assertThat(stored).hasSize(1);
		// compared in microseconds, the column's precision; a double holds them within
		// one
		double reportedMicros = reported.getEpochSecond() * 1e6 + reported.getNano() / 1000;
		assertThat(stored.get(0) * 1e6).isCloseTo(reportedMicros, within(1.0));
		assertThat(lastIngest()).isEqualTo(reported);
	}

	@Test
	void everyForeignKeyColumnLeadsAnIndex() {
		List<String> unindexed = jdbc.queryForList("""
				select c.conrelid::regclass || '.' || a.attname
				from pg_constraint c
				join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
				where c.contype = 'f' and not exists (
				    select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1])
				order by 1""", String.class);
		assertThat(unindexed).isEmpty();
	}

	private Instant lastIngest() {
		return jdbc.queryForObject("select max(ingested_at) from article", OffsetDateTime.class).toInstant();
	}

	private static int h2Port() {
		return Integer.parseInt(h2App.getEnvironment().getProperty("local.server.port"));
	}

	private static JsonNode get(int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri(port, path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return withoutContentVersion(JSON.readTree(response.body()));
	}

	/**
	 * The body less its content version: each application counts its own ingests, and the
	 * H2 one may have reloaded for other tests.
	 */
	private static JsonNode withoutContentVersion(JsonNode body) {
		ObjectNode copy = (ObjectNode) body.deepCopy();
		assertThat(copy.remove("contentVersion")).as("a content version in the body").isNotNull();
		return copy;
	}

	private static URI uri(int port, String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** The report less what differs between any two ingests: when, how long, where. */
	private static JsonNode withoutTimings(JsonNode report) {
		ObjectNode copy = (ObjectNode) report.deepCopy();
		copy.remove(List.of("ingestedAt", "tookMillis", "contentDir"));
		return copy;
	}

	private static TimeZone switchZone(TimeZone zone) {
		TimeZone previous = TimeZone.getDefault();
		TimeZone.setDefault(zone);
		return previous;
	}

}
