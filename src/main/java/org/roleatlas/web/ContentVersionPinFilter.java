package org.roleatlas.web;

import java.io.IOException;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Pins the content version for each reading request, so that everything it reads (the
 * database, the search index, the page cache, the version header) belongs to the version
 * served when it started: a reload's swap waits for the pinned requests and holds new
 * ones off for its few milliseconds. The response is buffered and sent after the pin is
 * released, so a client that reads slowly holds up no swap. Requests that change
 * something (a reload over HTTP among them, which waits for its own swap) are not pinned.
 */
@Component
@Order(FilterOrder.CONTENT_PIN)
class ContentVersionPinFilter extends OncePerRequestFilter {

	private static final Set<String> READING = Set.of("GET", "HEAD");

	private final ServedContentVersion versions;

	/** Without a content version (a test of the web layer alone) nothing is pinned. */
	ContentVersionPinFilter(ObjectProvider<ServedContentVersion> versions) {
		this.versions = versions.getIfAvailable();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return versions == null || !READING.contains(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
		try (ServedContentVersion.Pin pin = versions.pin()) {
			chain.doFilter(request, buffered);
		}
		buffered.copyBodyToResponse();
	}

}
