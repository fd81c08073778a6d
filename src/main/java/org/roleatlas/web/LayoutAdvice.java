package org.roleatlas.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the shared layout needs on every page: links that switch the UI language and stay
 * on the same page.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final Links links;

	private final StaticAssets.Assets assets;

	LayoutAdvice(Links links, StaticAssets.Assets assets) {
		this.links = links;
		this.assets = assets;
	}

	/**
	 * Link builders for templates; a model attribute because link expressions may not
	 * reference beans.
	 */
	@ModelAttribute("links")
	Links links() {
		return links;
	}

	/** Fingerprinted addresses of stylesheets and scripts. */
	@ModelAttribute("assets")
	StaticAssets.Assets assets() {
		return assets;
	}

	@ModelAttribute("localeLinks")
	Map<String, String> localeLinks(HttpServletRequest request) {
		Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
		Map<String, String> links = new LinkedHashMap<>();
		for (Locale locale : WebConfiguration.SUPPORTED) {
			// Relative links built from the path, never from the Host header.
			links.put(locale.getLanguage(),
					UriComponentsBuilder.fromPath(path)
						.query(errorUri != null ? null : request.getQueryString())
						.replaceQueryParam("locale", locale.getLanguage())
						.build()
						.toUriString());
		}
		return links;
	}

}
