package org.roleatlas.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The request cannot be answered as asked (a bad query, the same role twice …); the
 * detail says why.
 */
public class BadRequestException extends ErrorResponseException {

	/**
	 * @param code message key of the detail, so pages and problem details speak the
	 * user's language
	 * @param englishDetail the detail when no message source is at hand (logs, tests of
	 * the service alone)
	 */
	public BadRequestException(String code, String englishDetail, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, englishDetail), null,
				code, arguments);
	}

}
