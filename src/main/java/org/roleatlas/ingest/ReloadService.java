package org.roleatlas.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.roleatlas.corpus.IngestSummary;
import org.roleatlas.web.AtlasProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/** Guards reloading over HTTP with the configured admin token. */
@Service
public class ReloadService {

	private final AtlasProperties properties;

	private final IngestService ingest;

	ReloadService(AtlasProperties properties, IngestService ingest) {
		this.properties = properties;
		this.ingest = ingest;
	}

	public IngestSummary reload(String token) {
		String expected = properties.adminToken();
		if (expected == null || expected.isBlank()) {
			throw forbidden("Reloading over HTTP is disabled: set atlas.admin-token to enable it.");
		}
		// Constant-time comparison, so the token cannot be guessed from response times.
		if (token == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8))) {
			throw forbidden("The X-Atlas-Token header is missing or wrong.");
		}
		return ingest.ingest();
	}

	private static ErrorResponseException forbidden(String detail) {
		return new ErrorResponseException(HttpStatus.FORBIDDEN,
				ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail), null);
	}

}
