package org.roleatlas.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Article text is untrusted, so every response forbids inline script and foreign
 * resources: even text that slipped through escaping could not run. Swagger UI needs
 * inline styles, and only it gets them.
 */
@Component
@Order(SecurityHeadersFilter.ORDER)
class SecurityHeadersFilter extends OncePerRequestFilter {

	/**
	 * Early, so that every filter after it, the page cache too, answers with the headers.
	 */
	static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	private static final String SWAGGER_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean swagger = request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui");
		response.setHeader("Content-Security-Policy", swagger ? SWAGGER_POLICY : POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("X-Frame-Options", "DENY");
		chain.doFilter(request, response);
	}

}
