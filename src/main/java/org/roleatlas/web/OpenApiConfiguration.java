package org.roleatlas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * Names the JSON API in its OpenAPI description (/v3/api-docs, /swagger-ui.html) and
 * fills in what the annotations on the controllers cannot say: the RFC 9457 problem
 * detail schema, {@code application/json} as the media type of every success, the 500
 * every operation may answer, the article file path behind the {@code /api/articles/**}
 * wildcard, and which properties every body has.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

	/** Media type of every error of the JSON API. */
	public static final String PROBLEM_JSON = "application/problem+json";

	/**
	 * Reference to the problem detail schema, for {@code @Schema(ref = …)} on error
	 * responses.
	 */
	public static final String PROBLEM = "#/components/schemas/ProblemDetail";

	/**
	 * The article endpoint as mapped (a wildcard, since file paths hold slashes) and as
	 * described.
	 */
	static final String ARTICLES_MAPPED = "/api/articles/**";

	static final String ARTICLES_DESCRIBED = "/api/articles/{file}";

	private static final String PROBLEM_DETAIL = "ProblemDetail";

	@Bean
	OpenAPI roleAtlasApi() {
		return new OpenAPI()
			.info(new Info().title("Role Atlas API")
				.version("1")
				.description("Roles, their responsibilities and skills as multilingual sources state them, with "
						+ "provenance; search and comparison. Successes are `application/json`; errors are RFC 9457 "
						+ "problem details (`application/problem+json`). `locale` (en or ko) is the UI language of "
						+ "labels such as role names; `lang` filters content by the language it is written in."))
			.components(new io.swagger.v3.oas.models.Components().addSchemas(PROBLEM_DETAIL, problemDetail()));
	}

	@Bean
	NullableReferences nullableReferences() {
		return new NullableReferences();
	}

	@Bean
	OpenApiCustomizer roleAtlasApiCustomizer(NullableReferences nullableReferences) {
		return openApi -> {
			describeArticlePath(openApi);
			requireEveryProperty(openApi);
			nullableReferences.apply(openApi);
			openApi.getPaths().forEach((path, item) -> {
				if (path.startsWith("/api/")) {
					item.readOperations().forEach(OpenApiConfiguration::completeResponses);
				}
			});
		};
	}

	private static Schema<?> problemDetail() {
		return new ObjectSchema().description("RFC 9457 problem detail")
			.addProperty("type", new StringSchema().format("uri").example("about:blank"))
			.addProperty("title", new StringSchema().example("Bad Request"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail",
					new StringSchema().description("What went wrong, in the request's UI language")
						.example("Type a word to search for."))
			.addProperty("instance", new StringSchema().format("uri-reference").example("/api/search"));
	}

	/**
	 * Jackson writes every property of a response record, null or not, so a client can
	 * count on each one being there; those that can be null say so ({@code @Nullable} on
	 * the record component, {@code nullable} here). A problem detail leaves out what it
	 * does not say, so its properties stay optional.
	 */
	private static void requireEveryProperty(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		openApi.getComponents().getSchemas().forEach((name, schema) -> {
			if (!PROBLEM_DETAIL.equals(name) && schema.getProperties() != null) {
				schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
			}
		});
	}

	/**
	 * Success bodies are JSON (Jackson answers {@code application/json} to any
	 * {@code Accept}); springdoc lists them as {@code *}{@code /*} because the mappings
	 * declare no {@code produces}, which stays so as not to change content negotiation.
	 * Any operation may fail unexpectedly with a 500 problem detail.
	 */
	private static void completeResponses(Operation operation) {
		operation.getResponses().forEach((code, response) -> {
			Content content = response.getContent();
			if (code.startsWith("2") && content != null && content.containsKey("*/*")) {
				Content json = new Content();
				json.addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, content.get("*/*"));
				content.forEach((type, media) -> {
					if (!"*/*".equals(type)) {
						json.addMediaType(type, media);
					}
				});
				response.setContent(json);
			}
		});
		if (!operation.getResponses().containsKey("500")) {
			operation.getResponses()
				.addApiResponse("500",
						new ApiResponse().description("Unexpected failure; logged, answered without internals")
							.content(new Content().addMediaType(PROBLEM_JSON,
									new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
		}
	}

	/**
	 * The article endpoint is mapped to {@code /api/articles/**} so that nested paths
	 * work; described as such, Swagger UI has no parameter to fill in and cannot call it.
	 * It is described as {@code /api/articles/{file}} with {@code file} the path relative
	 * to the content folder; the mapping itself is unchanged.
	 */
	private static void describeArticlePath(OpenAPI openApi) {
		Paths paths = openApi.getPaths();
		if (paths == null || !paths.containsKey(ARTICLES_MAPPED)) {
			return;
		}
		Map<String, PathItem> renamed = new LinkedHashMap<>();
		paths.forEach((path, item) -> renamed.put(ARTICLES_MAPPED.equals(path) ? ARTICLES_DESCRIBED : path, item));
		PathItem articles = renamed.get(ARTICLES_DESCRIBED);
		articles.readOperations().forEach(operation -> {
			if (operation.getParameters() == null
					|| operation.getParameters().stream().noneMatch(p -> "file".equals(p.getName()))) {
				operation.addParametersItem(new PathParameter().name("file")
					.required(true)
					.description("Path of the article relative to the content folder, as `file` in `GET /api/ingest`"
							+ " lists it. It may hold slashes: a nested file is `/api/articles/team/notes.md`, "
							+ "its slashes sent as they are, not percent-encoded.")
					.example("002_2162955048c754e8.txt")
					.schema(new StringSchema()));
			}
		});
		Paths rewritten = new Paths();
		renamed.forEach(rewritten::addPathItem);
		if (paths.getExtensions() != null) {
			rewritten.setExtensions(paths.getExtensions());
		}
		openApi.setPaths(rewritten);
	}

}
