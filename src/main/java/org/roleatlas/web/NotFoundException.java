package org.roleatlas.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Something the user asked for by name (a role, an article, a concept) does not exist: a
 * 404, never a 500.
 */
public class NotFoundException extends ErrorResponseException {

	/**
	 * @param code message key of the detail, so pages and problem details speak the
	 * user's language
	 * @param englishDetail the detail when no message source is at hand (logs, tests of
	 * the service alone)
	 */
	public NotFoundException(String code, String englishDetail, Object... arguments) {
		super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, englishDetail), null, code,
				arguments);
	}

}
