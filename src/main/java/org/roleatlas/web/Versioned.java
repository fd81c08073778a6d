package org.roleatlas.web;

import java.util.function.Supplier;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A JSON body with the number of the content version it was built from, the number the
 * {@code X-Content-Version} header names: a client that keeps a body can tell which
 * content it came from without keeping the headers. The body's own fields stand beside
 * {@code contentVersion}, not under it.
 *
 * @param <T> the body
 */
public record Versioned<T>(@Schema(
		description = "The content version this body was built from (the number of the ingest that committed it); "
				+ "the same number as the X-Content-Version header",
		example = "1") long contentVersion, @JsonUnwrapped T body) {

	/**
	 * The body built after reading the version that is being served, through the same
	 * {@link ServedContentVersion} the header is read from.
	 */
	public static <T> Versioned<T> of(ServedContentVersion versions, Supplier<T> body) {
		long version = versions.current();
		return new Versioned<>(version, body.get());
	}

}
