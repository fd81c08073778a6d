package org.roleatlas.web;

import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

/** For handlers mapped to {@code /prefix/**}: the rest of the path, which may hold slashes (nested files). */
public final class RequestPaths {

	private RequestPaths() {
	}

	public static String after(HttpServletRequest request, String prefix) {
		String path = (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
		return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
	}

}
