package org.roleatlas.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.roleatlas.AtlasApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The OpenAPI description against real answers on the seeds: every GET of the API, for
 * every role, pair of roles and article and for searches that find hits, definitions,
 * nothing, and only what the filters exclude. A field null in some answer must be
 * declared nullable; a field declared required must be in every answer; no answer has a
 * field the description does not know, or a value of another type.
 */
@AtlasApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final List<String> QUERIES = List.of("q=roadmap", "q=%EB%A1%9C%EB%93%9C%EB%A7%B5",
			"q=product&size=100", "q=VP+of+Product", "q=strategy&kind=definition", "q=roadmap&kind=metric", "q=zzqxv",
			"q=product&page=1&size=5&lang=sv");

	@Autowired
	MockMvc mvc;

	private JsonNode apiDocs;

	@BeforeAll
	void readTheDescription() throws Exception {
		apiDocs = body("/v3/api-docs");
	}

	@Test
	void everyAnswerOnTheSeedsIsWhatTheDescriptionSays() throws Exception {
		ResponseSchemaCheck check = new ResponseSchemaCheck(apiDocs);
		List<String> slugs = new ArrayList<>();
		for (String locale : List.of("en", "ko")) {
			JsonNode roles = answer(check, "/api/roles", "/api/roles?locale=" + locale);
			roles.path("roles").forEach(role -> slugs.add(role.path("slug").stringValue()));
		}
		for (String slug : slugs.subList(0, slugs.size() / 2)) {
			answer(check, "/api/roles/{slug}", "/api/roles/" + slug);
			answer(check, "/api/roles/{slug}", "/api/roles/" + slug + "?locale=ko");
		}
		List<String> described = slugs.subList(0, Math.min(6, slugs.size() / 2));
		for (String a : described) {
			for (String b : described) {
				if (!a.equals(b)) {
					answer(check, "/api/compare", "/api/compare?roles=" + a + "," + b);
				}
			}
		}
		answer(check, "/api/compare", "/api/compare?locale=ko&roles=" + String.join(",", described.subList(0, 4)));
		for (String query : QUERIES) {
			answer(check, "/api/search", "/api/search?" + query);
		}
		JsonNode report = answer(check, "/api/ingest", "/api/ingest");
		for (JsonNode article : report.path("articles")) {
			String file = article.path("file").stringValue();
			answer(check, "/api/articles/{file}", "/api/articles/" + file);
			answer(check, "/api/articles", "/api/articles?file=" + file);
		}
		assertThat(check.problems()).isEmpty();
		assertThat(check.nullsSeen()).as("the seeds hold the nulls the description announces")
			.contains("/api/search.hits[].descriptionSnippet", "/api/search.hits[].section",
					"/api/roles/{slug}.aliases[].lang", "/api/roles/{slug}.skills[].description",
					"/api/articles/{file}.source");
	}

	@Test
	void everyPropertyOfABodyIsRequiredAndTheContentVersionIsAmongThem() {
		JsonNode schemas = apiDocs.path("components").path("schemas");
		List<String> optional = new ArrayList<>();
		schemas.properties().forEach(schema -> {
			List<String> required = new ArrayList<>();
			schema.getValue().path("required").forEach(name -> required.add(name.stringValue()));
			schema.getValue()
				.path("properties")
				.propertyNames()
				.stream()
				.filter(name -> !required.contains(name))
				.forEach(name -> optional.add(schema.getKey() + "." + name));
		});
		assertThat(optional).as("only the problem detail leaves properties out")
			.allMatch(name -> name.startsWith("ProblemDetail."));
		for (String path : List.of("/api/roles", "/api/roles/{slug}", "/api/search", "/api/compare",
				"/api/articles/{file}", "/api/ingest")) {
			JsonNode schema = successSchema(path);
			assertThat(schema.path("required").valueStream().map(JsonNode::stringValue))
				.as(path + " names its content version")
				.contains("contentVersion");
		}
	}

	/**
	 * The answer of a GET, checked against the 200 schema of its path in the description;
	 * {@code path} is the path as described, {@code uri} as asked.
	 */
	private JsonNode answer(ResponseSchemaCheck check, String path, String uri) throws Exception {
		JsonNode body = body(uri);
		check.check(successSchema(path), body, path);
		return body;
	}

	private JsonNode successSchema(String path) {
		String method = apiDocs.path("paths").path(path).has("get") ? "get" : "post";
		JsonNode schema = apiDocs.path("paths")
			.path(path)
			.path(method)
			.path("responses")
			.path("200")
			.path("content")
			.path("application/json")
			.path("schema");
		assertThat(schema.isMissingNode()).as("a 200 schema for " + path).isFalse();
		JsonNode ref = schema.path("$ref");
		return ref.isString() ? apiDocs.path("components")
			.path("schemas")
			.path(ref.stringValue().substring("#/components/schemas/".length())) : schema;
	}

	private JsonNode body(String uri) throws Exception {
		MvcResult result = mvc.perform(get(java.net.URI.create(uri))).andExpect(status().isOk()).andReturn();
		return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

}
