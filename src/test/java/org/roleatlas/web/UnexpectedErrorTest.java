package org.roleatlas.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.roleatlas.role.RoleService;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

/**
 * A failure nobody planned for, through the real server (its error page dispatch is what
 * renders the page): a 500 in the page's or the API's own shape, saying nothing of the
 * exception.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnexpectedErrorTest {

	private static final String INTERNALS = "connection pool at org.example.Secret exhausted";

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@MockitoSpyBean
	RoleService roles;

	@BeforeEach
	void failOnCpo() {
		doThrow(new IllegalStateException(INTERNALS)).when(roles).profile(eq("cpo"), any());
	}

	@Test
	void pageShowsTheErrorPageWithoutInternals() throws Exception {
		HttpResponse<String> response = get("/roles/cpo", "text/html");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Something went wrong on our side")
			.doesNotContain(INTERNALS)
			.doesNotContain("IllegalStateException")
			.doesNotContain("Whitelabel");
	}

	@Test
	void apiAnswersAProblemDetailWithoutInternals() throws Exception {
		HttpResponse<String> response = get("/api/roles/cpo", "application/json");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("Something went wrong on our side")
			.doesNotContain(INTERNALS)
			.doesNotContain("IllegalStateException");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", accept)
			.header("Accept-Language", "en")
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
