package org.roleatlas.web;

import org.junit.jupiter.api.Test;
import org.roleatlas.AtlasApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The generated OpenAPI description states the JSON API's real contract: parameters,
 * limits and error shapes.
 */
@AtlasApplicationTest
class OpenApiDescriptionTest {

	private static final String PROBLEM = "#/components/schemas/ProblemDetail";

	@Autowired
	MockMvc mvc;

	private ResultActions apiDocs() throws Exception {
		return mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
	}

	@Test
	void searchParametersSayWhatIsRequiredAndTheLimits() throws Exception {
		String search = "$.paths['/api/search'].get";
		apiDocs().andExpect(jsonPath(search + ".parameters[?(@.name == 'q')].required", contains(true)))
			.andExpect(jsonPath(search + ".parameters[?(@.name == 'q')].schema.maxLength", contains(200)))
			.andExpect(jsonPath(search + ".parameters[?(@.name == 'q')].description").isNotEmpty())
			.andExpect(jsonPath(search + ".parameters[?(@.name == 'size')].schema.maximum", contains(100)))
			.andExpect(jsonPath(search + ".parameters[?(@.name == 'size')].schema.minimum", contains(1)))
			.andExpect(jsonPath(search + ".parameters[?(@.name == 'size')].schema.type", contains("integer")))
			.andExpect(jsonPath(search + ".parameters[?(@.name == 'page')].schema.minimum", contains(0)))
			.andExpect(jsonPath(search + ".parameters[?(@.name == 'page')].schema.type", contains("integer")))
			.andExpect(jsonPath(search + ".parameters[?(@.name == 'kind')].schema.enum[*]",
					containsInAnyOrder("responsibility", "skill", "metric", "definition")))
			.andExpect(jsonPath(search + ".parameters[?(@.name == 'locale')].schema.enum[*]",
					containsInAnyOrder("en", "ko")))
			.andExpect(jsonPath(search + ".parameters[?(@.name == 'lang')].description").isNotEmpty());
	}

	@Test
	void successesAreJsonAndErrorsAreProblemDetails() throws Exception {
		apiDocs().andExpect(jsonPath("$.components.schemas.ProblemDetail.properties.detail").exists())
			.andExpect(
					jsonPath("$.paths['/api/search'].get.responses['200'].content['application/json'].schema['$ref']")
						.value("#/components/schemas/VersionedSearchResult"))
			.andExpect(jsonPath("$.paths['/api/search'].get.responses['200'].content['*/*']").doesNotExist())
			.andExpect(jsonPath(
					"$.paths['/api/search'].get.responses['400'].content['application/problem+json'].schema['$ref']")
				.value(PROBLEM))
			.andExpect(jsonPath(
					"$.paths['/api/roles/{slug}'].get.responses['404'].content['application/problem+json'].schema['$ref']")
				.value(PROBLEM))
			.andExpect(jsonPath(
					"$.paths['/api/compare'].get.responses['400'].content['application/problem+json'].schema['$ref']")
				.value(PROBLEM))
			.andExpect(jsonPath(
					"$.paths['/api/compare'].get.responses['404'].content['application/problem+json'].schema['$ref']")
				.value(PROBLEM))
			.andExpect(jsonPath(
					"$.paths['/api/ingest'].post.responses['403'].content['application/problem+json'].schema['$ref']")
				.value(PROBLEM))
			.andExpect(jsonPath(
					"$.paths['/api/articles/{file}'].get.responses['404'].content['application/problem+json'].schema['$ref']")
				.value(PROBLEM))
			.andExpect(jsonPath("$.paths['/api/roles'].get.responses['200'].content['application/json']").exists())
			.andExpect(jsonPath("$.paths['/api/roles'].get.responses['500'].content['application/problem+json']")
				.exists());
	}

	@Test
	void theArticlePathHasAFileParameterSwaggerUiCanFillIn() throws Exception {
		String article = "$.paths['/api/articles/{file}'].get";
		apiDocs().andExpect(jsonPath("$.paths['/api/articles/**']").doesNotExist())
			.andExpect(jsonPath(article + ".parameters[?(@.name == 'file')].in", contains("path")))
			.andExpect(jsonPath(article + ".parameters[?(@.name == 'file')].required", contains(true)))
			.andExpect(jsonPath(article + ".responses['200'].content['application/json'].schema['$ref']")
				.value("#/components/schemas/VersionedArticleDetail"));
	}

	@Test
	void roleSlugCompareRolesAndTheReloadTokenAreDescribed() throws Exception {
		apiDocs()
			.andExpect(jsonPath("$.paths['/api/roles/{slug}'].get.parameters[?(@.name == 'slug')].description")
				.isNotEmpty())
			.andExpect(jsonPath("$.paths['/api/roles/{slug}'].get.parameters[?(@.name == 'locale')].description")
				.isNotEmpty())
			.andExpect(
					jsonPath("$.paths['/api/compare'].get.parameters[?(@.name == 'roles')].required", contains(true)))
			.andExpect(jsonPath("$.paths['/api/compare'].get.parameters[?(@.name == 'roles')].schema.minItems",
					contains(2)))
			.andExpect(jsonPath("$.paths['/api/compare'].get.parameters[?(@.name == 'roles')].schema.maxItems",
					contains(4)))
			.andExpect(jsonPath("$.paths['/api/ingest'].post.parameters[*].name", hasItem("X-Atlas-Token")));
	}

}
