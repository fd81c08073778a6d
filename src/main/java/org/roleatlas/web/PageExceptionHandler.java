package org.roleatlas.web;

import java.util.Locale;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Errors of the HTML pages as friendly pages in the layout: the status, our own explanation (never internals)
 * and a way back. API controllers are answered first by {@link ApiExceptionHandler}.
 */
@Order(Ordered.LOWEST_PRECEDENCE)
@ControllerAdvice
class PageExceptionHandler {

	private final LayoutAdvice layout;

	private final MessageSource messages;

	PageExceptionHandler(LayoutAdvice layout, MessageSource messages) {
		this.layout = layout;
		this.messages = messages;
	}

	@ExceptionHandler
	ModelAndView errorResponse(ErrorResponseException ex, HttpServletRequest request, Locale locale) {
		return page(ex.getStatusCode(), ex.updateAndGetBody(messages, locale).getDetail(), request);
	}

	@ExceptionHandler
	ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return page(HttpStatusCode.valueOf(400), null, request);
	}

	/** See {@link ApiExceptionHandler#malformedQuery}: a broken escape in the query string. */
	@ExceptionHandler
	ModelAndView malformedQuery(InvalidParameterException ex, HttpServletRequest request) {
		return page(HttpStatusCode.valueOf(400), null, request);
	}

	/** Model attributes of exception handlers skip @ModelAttribute methods, so the layout's are added here. */
	private ModelAndView page(HttpStatusCode status, String detail, HttpServletRequest request) {
		ModelAndView page = new ModelAndView(status.value() == 404 ? "error/404" : "error/400");
		page.addObject("localeLinks", layout.localeLinks(request));
		page.addObject("links", layout.links());
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		return page;
	}

}
