package org.roleatlas.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.roleatlas.web.AtlasProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Latency of {@code /api/search} for a fixed query mix over real HTTP; a benchmark, not a
 * test, so it only runs when asked (see README):
 * {@code ./mvnw test -Dtest=SearchBenchmark -Datlas.benchmark=true
 * [-Datlas.content-dir=/tmp/onet-out]}. Prints p50/p99 and writes them to
 * target/search-benchmark.txt.
 */
@EnabledIfSystemProperty(named = "atlas.benchmark", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchBenchmark {

	private static final List<String> QUERY_MIX = List.of("roadmap", "로드맵", "product strategy", "produktstrategi",
			"VP of Product", "PM", "기획자", "communication skills", "stratgy", "\"product vision\"", "budget -salary",
			"manage staff", "analyze data", "customer", "요구사항", "hiring", "develop", "ledarskap", "research",
			"quality");

	private static final int WARM_UP_ROUNDS = 5;

	private static final int MEASURED_ROUNDS = 25;

	@LocalServerPort
	int port;

	@Autowired
	AtlasProperties properties;

	@Test
	void searchLatency() throws IOException, InterruptedException {
		HttpClient client = HttpClient.newHttpClient();
		for (int i = 0; i < WARM_UP_ROUNDS; i++) {
			run(client, null);
		}
		List<Long> micros = new ArrayList<>();
		for (int i = 0; i < MEASURED_ROUNDS; i++) {
			run(client, micros);
		}
		Collections.sort(micros);
		String report = String.format("content=%s requests=%d p50=%.1fms p99=%.1fms max=%.1fms%n",
				properties.contentDir(), micros.size(), percentile(micros, 50) / 1000.0,
				percentile(micros, 99) / 1000.0, micros.get(micros.size() - 1) / 1000.0);
		System.out.print("SEARCH BENCHMARK " + report);
		Files.writeString(Path.of("target/search-benchmark.txt"), report);
	}

	private void run(HttpClient client, List<Long> micros) throws IOException, InterruptedException {
		for (String query : QUERY_MIX) {
			HttpRequest request = HttpRequest.newBuilder(URI.create(
					"http://localhost:" + port + "/api/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
				.build();
			long start = System.nanoTime();
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			long took = (System.nanoTime() - start) / 1000;
			if (response.statusCode() != 200) {
				throw new IllegalStateException(query + " answered " + response.statusCode());
			}
			if (micros != null) {
				micros.add(took);
			}
		}
	}

	private static long percentile(List<Long> sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index));
	}

}
