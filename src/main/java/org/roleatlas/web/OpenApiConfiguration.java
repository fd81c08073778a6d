package org.roleatlas.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** Names the JSON API in its OpenAPI description (/v3/api-docs, /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI roleAtlasApi() {
		return new OpenAPI().info(new Info().title("Role Atlas API")
			.version("1")
			.description("Roles, their responsibilities and skills as multilingual sources state them, with "
					+ "provenance; search and comparison. Errors are RFC 9457 problem details."));
	}

}
