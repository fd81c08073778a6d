package org.roleatlas.web;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Switches the UI language on {@code ?locale=}; values other than a supported language
 * are ignored.
 */
class LocaleParameterInterceptor implements HandlerInterceptor {

	private final LocaleResolver resolver;

	LocaleParameterInterceptor(LocaleResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String requested = request.getParameter("locale");
		if (requested != null) {
			WebConfiguration.SUPPORTED.stream()
				.filter(l -> l.getLanguage().equalsIgnoreCase(requested.strip()))
				.findFirst()
				.ifPresent(locale -> resolver.setLocale(request, response, locale));
		}
		return true;
	}

}
