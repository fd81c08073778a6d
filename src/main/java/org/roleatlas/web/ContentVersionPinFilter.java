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
		PinnedResponse buffered = new PinnedResponse(response);
		try (ServedContentVersion.Pin pin = versions.pin()) {
			chain.doFilter(request, buffered);
		}
		buffered.sendBody();
	}

	/**
	 * The response of a pinned request, its body held until the pin is released: a
	 * rendered body in a buffer, a body that is bytes already (a cached page) as those
	 * bytes, so that it is not copied into the buffer first.
	 */
	static final class PinnedResponse extends ContentCachingResponseWrapper {

		private byte[] ready;

		PinnedResponse(HttpServletResponse response) {
			super(response);
		}

		/** Sends {@code body}, whole and unchanged, once the pin is released. */
		void sendAfterThePin(byte[] body) {
			this.ready = body;
		}

		private void sendBody() throws IOException {
			if (ready == null) {
				copyBodyToResponse();
				return;
			}
			HttpServletResponse response = (HttpServletResponse) getResponse();
			response.setContentLength(ready.length);
			response.getOutputStream().write(ready);
		}

	}

}
