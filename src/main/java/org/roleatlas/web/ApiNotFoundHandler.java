package org.roleatlas.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * An address under {@code /api/} that no endpoint serves is a problem detail too; other
 * unknown addresses go on to the friendly 404 page (rethrowing hands them to the next
 * resolver).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@ControllerAdvice
class ApiNotFoundHandler {

	@ExceptionHandler
	ResponseEntity<ProblemDetail> noSuchEndpoint(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No API endpoint at " + request.getRequestURI() + "; see /v3/api-docs.");
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
			.body(problem);
	}

}
