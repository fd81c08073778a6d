package org.roleatlas.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads {@code Accept-Language} here, bounded, instead of in Tomcat: Tomcat refuses a
 * header listing more languages than its limit with an exception on every
 * {@code getLocale()}, which turned a long but harmless header into a 500 on every route.
 * Only the first {@value #MAX_LANGUAGES} languages of the first {@value #MAX_LENGTH}
 * characters count; the UI speaks two.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AcceptLanguageFilter extends OncePerRequestFilter {

	static final int MAX_LENGTH = 1024;

	static final int MAX_LANGUAGES = 16;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		List<Locale> locales = parse(request.getHeader("Accept-Language"));
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public Locale getLocale() {
				return locales.get(0);
			}

			@Override
			public Enumeration<Locale> getLocales() {
				return Collections.enumeration(locales);
			}
		}, response);
	}

	/** The languages by preference, the server's default when none is readable. */
	static List<Locale> parse(String header) {
		record Weighted(Locale locale, double quality) {
		}
		List<Weighted> weighted = new ArrayList<>();
		if (header != null) {
			String bounded = header.length() > MAX_LENGTH ? header.substring(0, MAX_LENGTH) : header;
			for (String entry : bounded.split(",", MAX_LANGUAGES + 1)) {
				if (weighted.size() == MAX_LANGUAGES) {
					break;
				}
				String[] parts = entry.split(";", -1);
				String tag = parts[0].strip();
				double quality = quality(parts);
				if (!tag.isEmpty() && !tag.equals("*") && quality > 0
						&& tag.matches("[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*")) {
					weighted.add(new Weighted(Locale.forLanguageTag(tag), quality));
				}
			}
		}
		weighted.sort(Comparator.comparingDouble(Weighted::quality).reversed());
		List<Locale> locales = new ArrayList<>(weighted.stream().map(Weighted::locale).toList());
		if (locales.isEmpty()) {
			locales.add(Locale.getDefault());
		}
		return List.copyOf(locales);
	}

	private static double quality(String[] parts) {
		for (int i = 1; i < parts.length; i++) {
			String parameter = parts[i].strip();
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2));
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
