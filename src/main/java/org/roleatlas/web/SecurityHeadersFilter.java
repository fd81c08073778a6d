package org.roleatlas.web;

import java.io.IOException;

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
@Order(FilterOrder.SECURITY_HEADERS)
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** No article or page needs a device or a browser feature beyond showing text. */
	static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
			+ "microphone=(), payment=(), usb=(), interest-cohort=()";

	private static final String SWAGGER_POLICY = POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean swagger = request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui");
		setHeaders(response, swagger ? SWAGGER_POLICY : POLICY);
		chain.doFilter(request, response);
	}

	/** Also for the pages Tomcat writes itself, which no filter sees. */
	static void setHeaders(HttpServletResponse response, String policy) {
		response.setHeader("Content-Security-Policy", policy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Permissions-Policy", PERMISSIONS);
	}

}
