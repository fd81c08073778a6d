package org.roleatlas.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.roleatlas.AtlasApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests only a real server sees: a broken escape in the query string is parsed by
 * Tomcat, not by MockMvc, and must be a 400 in the API's and the pages' own shapes, never
 * a 500.
 */
@AtlasApplicationTest
class MalformedRequestTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/api/roles?locale=%ZZ", "/api/search?q=%ZZ", "/api/compare?roles=cpo,po&locale=%%%" })
	void apiAnswersAProblemDetail(String pathAndQuery) throws Exception {
		String response = get(pathAndQuery);

		assertThat(response).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.contains("not valid URL encoding");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/roles/cpo?locale=%ZZ", "/search?q=%ZZ", "/compare/cpo/po?show=%G1" })
	void pagesAnswerTheFriendlyErrorPage(String pathAndQuery) throws Exception {
		String response = get(pathAndQuery);

		assertThat(response).startsWith("HTTP/1.1 400")
			.containsIgnoringCase("Content-Type: text/html")
			.contains("That request cannot be answered")
			.doesNotContain("Exception");
	}

	/**
	 * The whole response, headers and body, to a request line no HTTP client library
	 * would send as it is.
	 */
	private String get(String pathAndQuery) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"
					+ "Connection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
