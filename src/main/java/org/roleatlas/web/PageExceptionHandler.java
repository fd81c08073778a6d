package org.roleatlas.web;

import java.io.IOException;
import java.util.Locale;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Errors of the HTML pages as friendly pages in the layout: the status, our own
 * explanation (never internals) and a way back. API controllers are answered first by
 * {@link ApiExceptionHandler}.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice
class PageExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

	private final LayoutAdvice layout;

	private final MessageSource messages;

	PageExceptionHandler(LayoutAdvice layout, MessageSource messages) {
		this.layout = layout;
		this.messages = messages;
	}

	/**
	 * A method the page does not take (POST /roles/cpo) fails before any controller is
	 * chosen, so the API's handler cannot claim it; under /api/ it is a problem detail
	 * like every other API error.
	 */
	@ExceptionHandler({ ErrorResponseException.class, HttpRequestMethodNotSupportedException.class })
	ModelAndView errorResponse(Exception ex, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		ErrorResponse error = (ErrorResponse) ex;
		// Headers such as Allow of a 405 belong to the answer whatever its body.
		error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		String detail = error.updateAndGetBody(messages, ErrorBodies.isApi(request) ? Locale.ENGLISH : locale)
			.getDetail();
		return page(error.getStatusCode(), detail, request, response);
	}

	@ExceptionHandler
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		return page(HttpStatusCode.valueOf(400), null, request, response);
	}

	/**
	 * See {@link ApiExceptionHandler#malformedQuery}: a broken escape in the query
	 * string.
	 */
	@ExceptionHandler
	ModelAndView malformedQuery(InvalidParameterException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		return page(HttpStatusCode.valueOf(400), null, request, response);
	}

	/**
	 * A page's unexpected failure is the 500 page (or a problem detail for a client that
	 * asked for JSON), whatever the Accept header, never Spring's default error JSON.
	 */
	@ExceptionHandler
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.error("Unexpected error answering {}", request.getRequestURI(), ex);
		return page(HttpStatusCode.valueOf(500), null, request, response);
	}

	/**
	 * 400 and 404 have pages of their own, other client errors share one that names the
	 * status, and every server error is a 500 to the user. The names follow Spring Boot's
	 * error views, so errors that reach /error instead land on the same pages.
	 */
	static String view(HttpStatusCode status) {
		int code = status.value();
		if (code == 400 || code == 404) {
			return "error/" + code;
		}
		return status.is4xxClientError() ? "error/4xx" : "error/500";
	}

	/**
	 * Model attributes of exception handlers skip @ModelAttribute methods, so the
	 * layout's are added here.
	 */
	private ModelAndView page(HttpStatusCode status, String detail, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (ErrorBodies.wantsProblem(request)) {
			ErrorBodies.writeProblem(response, status, status.is5xxServerError() ? ErrorBodies.SERVER_ERROR : detail,
					null);
			return null;
		}
		ModelAndView page = new ModelAndView(view(status));
		page.addObject("localeLinks", layout.localeLinks(request));
		page.addObject("links", layout.links());
		page.addObject("assets", layout.assets());
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		return page;
	}

}
