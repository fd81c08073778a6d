package org.roleatlas.web;

import java.nio.charset.StandardCharsets;

import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.UriUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * For handlers mapped to {@code /prefix/**}: the rest of the path, which may hold slashes
 * (nested files).
 */
public final class RequestPaths {

	private RequestPaths() {
	}

	/**
	 * The rest of the path, decoded: the path pattern parser keeps it as sent, so a file
	 * named with a space or in Korean would otherwise be looked up by its
	 * percent-encoding.
	 */
	public static String after(HttpServletRequest request, String prefix) {
		String path = (String) request.getAttribute(HandlerMapping.PATH_WITHIN_HANDLER_MAPPING_ATTRIBUTE);
		String rest = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
		return UriUtils.decode(rest, StandardCharsets.UTF_8);
	}

}
