package org.roleatlas.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Which body an error gets, by content negotiation: API addresses and clients that ask
 * for JSON rather than HTML get an RFC 9457 problem detail, everyone else (browsers,
 * {@code Accept: *}{@code /*}, no Accept at all) the friendly page. Never Spring's
 * default error JSON.
 */
final class ErrorBodies {

	static final String PROBLEM_JSON = "application/problem+json";

	/** The detail of every server error: what went wrong stays in the log. */
	static final String SERVER_ERROR = "Something went wrong on our side; it has been logged.";

	private ErrorBodies() {
	}

	/** Whether the address, or the one an error dispatch came from, is under /api/. */
	static boolean isApi(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String failed ? failed : request.getRequestURI();
		return uri != null && uri.startsWith(request.getContextPath() + "/api/");
	}

	/** A problem detail for the API, and for a page request that prefers JSON to HTML. */
	static boolean wantsProblem(HttpServletRequest request) {
		if (isApi(request)) {
			return true;
		}
		String accept = request.getHeader("Accept");
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> types;
		try {
			types = MediaType.parseMediaTypes(accept.length() > 1024 ? accept.substring(0, 1024) : accept);
		}
		catch (RuntimeException ex) {
			return false;
		}
		types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : types) {
			if (type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType()) {
				return false;
			}
			if (type.isCompatibleWith(MediaType.APPLICATION_JSON) && !type.isWildcardType()
					|| "json".equals(type.getSubtypeSuffix())) {
				return true;
			}
		}
		return false;
	}

	/** Writes the problem detail as the whole response. */
	static void writeProblem(HttpServletResponse response, HttpStatusCode status, String detail, String instance)
			throws IOException {
		HttpStatus known = HttpStatus.resolve(status.value());
		StringBuilder json = new StringBuilder("{\"type\":\"about:blank\",\"title\":");
		quote(json, known == null ? "Error" : known.getReasonPhrase());
		json.append(",\"status\":").append(status.value());
		if (detail != null) {
			json.append(",\"detail\":");
			quote(json, detail);
		}
		if (instance != null) {
			json.append(",\"instance\":");
			quote(json, instance);
		}
		json.append('}');
		response.setStatus(status.value());
		response.setContentType(PROBLEM_JSON);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.toString());
	}

	private static void quote(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		json.append('"');
	}

}
