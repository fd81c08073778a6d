package org.roleatlas.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON API as RFC 9457 problem details ({@code application/problem+json});
 * an unexpected failure is logged and answered without internals.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "Parameter '" + ex.getName() + "' has an invalid value.");
	}

	/**
	 * Tomcat parses the query string lazily, so a broken escape such as {@code %ZZ}
	 * surfaces here, not as a 400.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> malformedQuery(InvalidParameterException ex) {
		return problem(HttpStatus.BAD_REQUEST, "The query string is not valid URL encoding.");
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected error answering an API request", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.");
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		HttpHeaders problemHeaders = new HttpHeaders();
		problemHeaders.addAll(headers);
		problemHeaders.set(HttpHeaders.CONTENT_TYPE, "application/problem+json");
		return new ResponseEntity<>(body, problemHeaders, statusCode);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}

}
