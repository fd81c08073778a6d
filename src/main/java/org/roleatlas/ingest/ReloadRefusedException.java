package org.roleatlas.ingest;

import java.util.List;

import org.roleatlas.corpus.Notice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A reload the content itself makes impossible (a taxonomy override that cannot be used):
 * nothing is changed, and {@code POST /api/ingest} answers 422 with the reasons.
 */
class ReloadRefusedException extends ErrorResponseException {

	private final transient List<Notice> reasons;

	ReloadRefusedException(List<Notice> reasons, List<String> english) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(english), null);
		this.reasons = List.copyOf(reasons);
	}

	private static ProblemDetail problem(List<String> english) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"The reload was refused; the content and taxonomy already served stay: " + String.join("; ", english));
		problem.setProperty("reasons", english);
		return problem;
	}

	List<Notice> reasons() {
		return reasons;
	}

}
