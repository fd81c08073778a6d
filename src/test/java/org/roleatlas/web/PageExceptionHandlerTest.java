package org.roleatlas.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatusCode;

import static org.assertj.core.api.Assertions.assertThat;

/** Which error page answers which status. */
class PageExceptionHandlerTest {

	@ParameterizedTest
	@CsvSource({ "400, error/400", "404, error/404", "403, error/4xx", "405, error/4xx", "409, error/4xx",
			"413, error/4xx", "500, error/500", "503, error/500" })
	void eachStatusHasItsPage(int status, String view) {
		assertThat(PageExceptionHandler.view(HttpStatusCode.valueOf(status))).isEqualTo(view);
	}

}
