package org.roleatlas.web;

import java.io.IOException;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Every error that reaches the servlet container's error dispatch (a filter's failure, a
 * {@code sendError}, an exception no handler took) gets the same bodies as the handlers':
 * the friendly page or a problem detail by content negotiation, instead of Spring Boot's
 * default JSON for any client that does not name HTML first. Says nothing of the
 * exception.
 */
@Controller
class AtlasErrorController implements ErrorController {

	@RequestMapping("${server.error.path:${error.path:/error}}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatusCode status = HttpStatusCode.valueOf(code instanceof Integer value && value >= 400 ? value : 500);
		if (ErrorBodies.wantsProblem(request)) {
			ErrorBodies.writeProblem(response, status, status.is5xxServerError() ? ErrorBodies.SERVER_ERROR : null,
					null);
			return null;
		}
		ModelAndView page = new ModelAndView(PageExceptionHandler.view(status));
		page.setStatus(status);
		page.addObject("status", status.value());
		return page;
	}

}
