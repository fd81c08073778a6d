package org.roleatlas.ops;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.roleatlas.AtlasApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roleatlas.ops.DeploymentFiles.all;
import static org.roleatlas.ops.DeploymentFiles.applicationProperties;
import static org.roleatlas.ops.DeploymentFiles.at;
import static org.roleatlas.ops.DeploymentFiles.environmentVariable;
import static org.roleatlas.ops.DeploymentFiles.flatten;
import static org.roleatlas.ops.DeploymentFiles.map;
import static org.roleatlas.ops.DeploymentFiles.withoutComments;
import static org.roleatlas.ops.DeploymentFiles.yaml;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code compose.yaml}, {@code deploy/nginx.conf} and the {@code Dockerfile} agree with
 * the application: the settings the nodes get are the ones the postgres profile and the
 * configuration metadata name, the ports are the server's, the health checks ask paths
 * the application serves, the load balancer names both nodes and sends reloads to the one
 * that writes. No Docker engine is needed: the files are read, the application asked.
 */
@AtlasApplicationTest
class ComposeFileTest {

	/** Spring Boot's port when {@code server.port} is not set. */
	private static final int BOOT_DEFAULT_PORT = 8080;

	/**
	 * Spring Boot's Actuator path when {@code management.endpoints.web.base-path} is not
	 * set.
	 */
	private static final String BOOT_DEFAULT_BASE_PATH = "/actuator";

	private static final String APPLICATION = "src/main/resources/application.yaml";

	private static final Map<String, Object> COMPOSE = yaml("compose.yaml");

	private static final Map<String, Object> SERVICES = map(COMPOSE, "services");

	private static final String NGINX = withoutComments("deploy/nginx.conf");

	private static final String DOCKERFILE = withoutComments("Dockerfile").replace("\\\n", " ");

	@Autowired
	MockMvc mvc;

	@Test
	void theServicesAreTheDatabaseTheSearchClusterTwoNodesAndTheLoadBalancer() {
		assertThat(SERVICES).containsOnlyKeys("postgres", "opensearch", "app1", "app2", "nginx");
		assertThat(nodes()).containsExactly("app1", "app2");
		assertThat(at(COMPOSE, "services.opensearch.build.dockerfile_inline").toString())
			.contains("opensearch-plugin install")
			.contains("analysis-nori", "analysis-kuromoji", "analysis-smartcn", "analysis-stempel");
	}

	@Test
	void everyNodeReachesPostgresThroughTheSettingsThePostgresProfileReads() {
		Set<String> datasource = flatten(yaml("src/main/resources/application-postgres.yaml")).keySet()
			.stream()
			.filter(key -> key.matches("spring\\.datasource\\.[a-z]+"))
			.map(DeploymentFiles::environmentVariable)
			.collect(Collectors.toSet());
		Map<String, Object> postgres = map(COMPOSE, "services.postgres.environment");

		assertThat(datasource).containsExactlyInAnyOrder("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
				"SPRING_DATASOURCE_PASSWORD");
		for (String node : nodes()) {
			Map<String, Object> env = environment(node);
			assertThat(env).as(node)
				.containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
				.containsKeys(datasource.toArray(String[]::new));
			assertThat(env.get("SPRING_DATASOURCE_URL")).as(node)
				.isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
			assertThat(env.get("SPRING_DATASOURCE_USERNAME")).as(node).isEqualTo(postgres.get("POSTGRES_USER"));
			assertThat(env.get("SPRING_DATASOURCE_PASSWORD")).as(node).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
		}
	}

	@Test
	void everyNodeSearchesTheOpenSearchServiceThroughTheSearchSettings() {
		List<String> search = applicationProperties("atlas.search.");
		assertThat(search).contains("atlas.search.backend", "atlas.search.url");
		for (String node : nodes()) {
			Map<String, Object> env = environment(node);
			assertThat(env).as(node).containsEntry(environmentVariable("atlas.search.backend"), "elasticsearch");
			URI cluster = URI.create((String) env.get(environmentVariable("atlas.search.url")));
			assertThat(cluster.getHost()).as(node).isEqualTo("opensearch");
			assertThat(at(COMPOSE, "services.opensearch.healthcheck.test").toString()).as(node)
				.contains("localhost:" + cluster.getPort() + "/");
		}
	}

	@Test
	void everyAtlasSettingOfTheNodesIsOneTheApplicationDefines() {
		Set<String> known = applicationProperties("atlas.").stream()
			.map(DeploymentFiles::environmentVariable)
			.collect(Collectors.toSet());
		for (String node : nodes()) {
			assertThat(environment(node).keySet()).as(node)
				.filteredOn(name -> name.startsWith("ATLAS_"))
				.isNotEmpty()
				.allSatisfy(name -> assertThat(known).contains(name));
		}
	}

	@Test
	void oneNodeWritesTheOtherFollowsAndTheLoadBalancerSendsReloadsToTheWriter() {
		String writer = environmentVariable("atlas.writer");
		String pollInterval = environmentVariable("atlas.poll-interval");
		String adminToken = environmentVariable("atlas.admin-token");
		List<String> followers = nodes().stream()
			.filter(node -> "false".equals(environment(node).get(writer)))
			.toList();

		assertThat(followers).containsExactly("app2");
		assertThat(environment("app1")).containsKey(adminToken).doesNotContainKey(writer);
		assertThat(environment("app2")).doesNotContainKey(adminToken)
			.containsKey(pollInterval)
			.doesNotContainEntry(pollInterval, "0s");
		assertThat(all(Pattern.compile("location = /api/ingest \\{\\s*proxy_pass http://([\\w.:-]+);"), NGINX))
			.containsExactly("app1:" + serverPort());
	}

	@Test
	@SuppressWarnings("unchecked")
	void theLoadBalancerSpreadsOverBothNodesOnTheApplicationsPort() {
		List<String> upstreams = all(Pattern.compile("upstream (\\w+) \\{"), NGINX);
		String upstream = NGINX.substring(NGINX.indexOf("upstream "), NGINX.indexOf('}', NGINX.indexOf("upstream ")));

		assertThat(upstreams).hasSize(1);
		assertThat(all(Pattern.compile("server ([\\w.:-]+)"), upstream))
			.containsExactlyElementsOf(nodes().stream().map(node -> node + ":" + serverPort()).toList());
		assertThat(all(Pattern.compile("location / \\{\\s*proxy_pass http://(\\w+);"), NGINX))
			.containsExactly(upstreams.get(0));
		String listen = all(Pattern.compile("listen (\\d+);"), NGINX).get(0);
		assertThat((List<Object>) at(COMPOSE, "services.nginx.ports")).containsExactly("8080:" + listen);
		assertThat((List<Object>) at(COMPOSE, "services.nginx.volumes"))
			.contains("./deploy/nginx.conf:/etc/nginx/nginx.conf:ro");
	}

	@Test
	void theImageServesTheApplicationsPortAsANonRootUser() {
		assertThat(all(Pattern.compile("(?m)^EXPOSE (\\d+)"), DOCKERFILE))
			.containsExactly(String.valueOf(serverPort()));
		assertThat(all(Pattern.compile("(?m)^USER (\\S+)"), DOCKERFILE)).singleElement().isNotIn("root", "0");
		assertThat(DOCKERFILE).contains("-Djarmode=tools", "extract --layers",
				"-XX:ArchiveClassesAtExit=application.jsa", "-XX:SharedArchiveFile=application.jsa");
	}

	/**
	 * The image's health check and every one compose declares ask a path the application
	 * answers UP on, on its port; compose waits on the nodes' health.
	 */
	@Test
	void theHealthChecksAskPathsTheApplicationServes() throws Exception {
		List<String> checks = all(Pattern.compile("(?m)^HEALTHCHECK .*? (http://localhost:\\S+)"), DOCKERFILE);
		assertThat(checks).hasSize(1);
		URI liveness = URI.create(checks.get(0));

		Map<String, Object> application = yaml(APPLICATION);
		Object basePath = at(application, "management.endpoints.web.base-path");

		assertThat(liveness.getPort()).isEqualTo(serverPort());
		assertThat(at(application, "management.endpoint.health.probes.enabled")).isEqualTo(true);
		assertThat(at(application, "management.endpoints.web.exposure.include").toString()).contains("health");
		assertThat(liveness.getPath())
			.isEqualTo((basePath == null ? BOOT_DEFAULT_BASE_PATH : basePath) + "/health/liveness");
		mvc.perform(get(liveness.getPath())).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		for (String node : nodes()) {
			assertThat(at(COMPOSE, "services." + node + ".healthcheck")).as(node + " keeps the image's check").isNull();
		}
		assertThat(at(COMPOSE, "services.app2.depends_on.app1.condition")).isEqualTo("service_healthy");
		assertThat(at(COMPOSE, "services.nginx.depends_on.app2.condition")).isEqualTo("service_healthy");
	}

	/** The services built from this project's Dockerfile: the application's nodes. */
	private static List<String> nodes() {
		return SERVICES.keySet()
			.stream()
			.filter(name -> ".".equals(at(COMPOSE, "services." + name + ".build")))
			.toList();
	}

	private static Map<String, Object> environment(String service) {
		return map(COMPOSE, "services." + service + ".environment");
	}

	private static int serverPort() {
		Object port = at(yaml(APPLICATION), "server.port");
		return port == null ? BOOT_DEFAULT_PORT : Integer.parseInt(port.toString());
	}

}
