package org.roleatlas.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.springframework.http.HttpHeaders;

/**
 * One rendered response kept as bytes: its body, the gzipped body when that is worth
 * sending, and a strong entity tag per encoding (the same bytes in another encoding are
 * another representation, so they get another tag).
 *
 * @param contentType the full Content-Type, charset included
 * @param language the Content-Language the response was rendered in, or null
 * @param headers the other headers the application set, replayed as they were
 * @param body the identity-encoded body
 * @param gzipped the gzipped body, or null when gzip would not make it smaller
 * @param etag strong entity tag of {@code body}, quoted
 * @param vary the {@code Vary} header it is sent with, worked out once
 */
record CachedPage(String contentType, Locale language, List<Header> headers, byte[] body, byte[] gzipped, String etag,
		String vary) {

	/**
	 * Bodies below this size are sent as they are: gzip would gain less than it costs.
	 */
	static final int MIN_GZIP_SIZE = 512;

	record Header(String name, String value) {
	}

	static CachedPage of(String contentType, Locale language, List<Header> headers, byte[] body) {
		byte[] gzipped = compressible(contentType) && body.length >= MIN_GZIP_SIZE ? gzip(body) : null;
		if (gzipped != null && gzipped.length >= body.length) {
			gzipped = null;
		}
		return new CachedPage(contentType, language, List.copyOf(headers), body, gzipped, '"' + digest(body) + '"',
				vary(headers, gzipped != null));
	}

	/**
	 * The cache key's headers, the ones the application named, and Accept-Encoding when a
	 * gzipped body may be sent instead.
	 */
	private static String vary(List<Header> headers, boolean gzipped) {
		Set<String> vary = new LinkedHashSet<>(List.of(PageCacheFilter.VARY.split(", ")));
		for (Header header : headers) {
			if (header.name().equalsIgnoreCase(HttpHeaders.VARY)) {
				vary.add(header.value());
			}
		}
		if (gzipped) {
			vary.add(HttpHeaders.ACCEPT_ENCODING);
		}
		return String.join(", ", vary);
	}

	/** The entity tag of the body as sent, identity or gzip. */
	String etag(boolean gzip) {
		return gzip ? etag.substring(0, etag.length() - 1) + "-gz\"" : etag;
	}

	/**
	 * Whether an {@code If-None-Match} header names this tag; weak comparison, as RFC
	 * 9110 prescribes for this header.
	 */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals("*") || tag.equals(etag)) {
				return true;
			}
		}
		return false;
	}

	/** Bytes held in memory, for the cache's bound. */
	long size() {
		long headerChars = headers.stream().mapToLong(h -> h.name().length() + h.value().length()).sum();
		return body.length + (gzipped == null ? 0 : gzipped.length) + 2 * (headerChars + contentType.length()) + 128;
	}

	private static boolean compressible(String contentType) {
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/") || type.contains("json") || type.contains("xml") || type.contains("javascript");
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String digest(byte[] body) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
