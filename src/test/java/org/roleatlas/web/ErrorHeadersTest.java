package org.roleatlas.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the real server, for requests only Tomcat sees or that once fell to Spring's
 * defaults: every answer carries the security headers, error bodies follow content
 * negotiation, and a long Accept-Language is no error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ErrorHeadersTest {

	@LocalServerPort
	int port;

	@Test
	void tomcatsOwnErrorPagesCarryTheSecurityHeaders() throws IOException {
		String badLine = raw("GET /roles/cpo?x=<a> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(badLine).startsWith("HTTP/1.1 400");
		assertSecurityHeaders(badLine);
		assertThat(badLine).doesNotContain("Apache Tomcat/");

		String unknownMethod = raw("FROB /roles/cpo HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(unknownMethod).matches("(?s)HTTP/1.1 (501|405).*");
		assertSecurityHeaders(unknownMethod);
	}

	@Test
	void pagesCarryPermissionsPolicy() throws IOException {
		String page = get("/", "text/html", "en");
		assertThat(page).startsWith("HTTP/1.1 200");
		assertSecurityHeaders(page);
	}

	@Test
	void errorBodiesFollowContentNegotiation() throws IOException {
		String json = get("/nope", "application/json", "en");
		assertThat(json).startsWith("HTTP/1.1 404").containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(json).contains("\"status\":404").doesNotContain("\"timestamp\"");
		assertSecurityHeaders(json);

		String html = get("/nope", "*/*", "en");
		assertThat(html).startsWith("HTTP/1.1 404").containsIgnoringCase("Content-Type: text/html");

		String api = get("/api/nope", "*/*", "en");
		assertThat(api).startsWith("HTTP/1.1 404").containsIgnoringCase("Content-Type: application/problem+json");

		String methodNotAllowed = raw(
				"DELETE /api/roles HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n");
		assertThat(methodNotAllowed).startsWith("HTTP/1.1 405")
			.containsIgnoringCase("Content-Type: application/problem+json")
			.containsIgnoringCase("Allow: GET");
	}

	@Test
	void aTextArticlesPageIsHtmlWhateverItsExtension() throws IOException {
		String page = get("/articles/000_7fb96c30b16a0312.txt", "*/*", "en");
		assertThat(page).startsWith("HTTP/1.1 200").containsIgnoringCase("Content-Type: text/html");
	}

	/** Tomcat refused eleven or more languages with a 500 on every route. */
	@Test
	void anAcceptLanguageOfAnyLengthIsAnswered() throws IOException {
		String many = String.join(",", java.util.Collections.nCopies(40, "de-CH;q=0.5")) + ",ko;q=0.9";
		assertThat(get("/", "text/html", "sv,da,nb,fi,is,de,fr,es,pt,it,nl,pl,ko")).startsWith("HTTP/1.1 200");
		assertThat(get("/", "text/html", many)).startsWith("HTTP/1.1 200");
		assertThat(get("/api/roles", "application/json", "x".repeat(6000))).startsWith("HTTP/1.1 200");
		assertThat(get("/", "text/html", "ko;q=1,en;q=0.1,xx-;q=2,*;q=0.5,;;,q=,en;q=abc")).startsWith("HTTP/1.1 200")
			.contains("lang=\"ko\"");
	}

	private static void assertSecurityHeaders(String response) {
		assertThat(response).containsIgnoringCase("Content-Security-Policy: default-src 'self'")
			.containsIgnoringCase("X-Content-Type-Options: nosniff")
			.containsIgnoringCase("Referrer-Policy: same-origin")
			.containsIgnoringCase("Permissions-Policy: accelerometer=()");
	}

	private String get(String path, String accept, String languages) throws IOException {
		return raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept: " + accept + "\r\nAccept-Language: "
				+ languages + "\r\nConnection: close\r\n\r\n");
	}

	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
