package org.roleatlas.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Names the content version on every response, and answers the pages that depend only on
 * the content (role, compare, concept, article, search and home pages and their JSON)
 * from bytes rendered once per content version, UI language and address. Only a plain 200
 * that sets no cookie is kept, and a request that asks to switch the language (which sets
 * a cookie) is always rendered, so no one is handed another visitor's cookie. The first
 * request that sees a newer content version drops every page of the older one. It runs
 * inside the pin of {@link ContentVersionPinFilter}, so the version it reads stays the
 * request's to the end: a page is rendered, stored and sent under the version it was
 * rendered from.
 */
@Component
@Order(FilterOrder.PAGE_CACHE)
class PageCacheFilter extends OncePerRequestFilter {

	static final String CONTENT_VERSION = "X-Content-Version";

	/** The cache key holds the UI language, which comes from these two headers. */
	static final String VARY = "Accept-Language, Cookie";

	private static final List<String> CACHED_PREFIXES = List.of("/roles/", "/compare/", "/concepts/", "/articles/",
			"/api/roles", "/api/compare", "/api/articles/");

	/**
	 * A search's answer depends only on the content and its parameters too; the bound
	 * drops the rarely asked ones first.
	 */
	private static final Set<String> CACHED_PATHS = Set.of("/", "/search", "/api/search");

	/** Headers the cache sets itself or the container sets per response. */
	private static final Set<String> NOT_REPLAYED = caseInsensitive(HttpHeaders.SET_COOKIE, HttpHeaders.DATE,
			HttpHeaders.CONTENT_LENGTH, HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CONTENT_TYPE,
			HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.ETAG, HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_ENCODING,
			CONTENT_VERSION);

	private final ServedContentVersion versions;

	private final LocaleResolver locales;

	private final PageCache cache;

	/**
	 * Without a content version (a test of the web layer alone) nothing is cached: the
	 * cache could not tell when to drop what it holds.
	 */
	PageCacheFilter(ObjectProvider<ServedContentVersion> versions, LocaleResolver locales,
			@Value("${atlas.page-cache-size:64MB}") DataSize size) {
		this.versions = versions.getIfAvailable();
		this.locales = locales;
		this.cache = new PageCache(size.toBytes());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (versions == null) {
			chain.doFilter(request, response);
			return;
		}
		long version = versions.current();
		response.setHeader(CONTENT_VERSION, Long.toString(version));
		String key;
		try {
			key = cacheable(request) ? key(request) : null;
		}
		catch (IllegalArgumentException | IllegalStateException ex) {
			// A query or header the container cannot parse (a broken escape,
			// Accept-Language beyond its limit): the application answers it, uncached.
			key = null;
		}
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		CachedPage page = cache.get(version, key, () -> render(request, response, chain));
		if (page != null) {
			send(page, request, response);
		}
	}

	/**
	 * GET requests of the cached paths that do not switch the language. The query is read
	 * raw: reading the parameters here would make the container parse them before the
	 * application, which answers a malformed query with its own 400.
	 */
	static boolean cacheable(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || switchesLanguage(request.getQueryString())) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return CACHED_PATHS.contains(path) || CACHED_PREFIXES.stream().anyMatch(path::startsWith);
	}

	private static boolean switchesLanguage(String query) {
		if (query == null) {
			return false;
		}
		for (String parameter : query.split("&")) {
			int equals = parameter.indexOf('=');
			String name = equals < 0 ? parameter : parameter.substring(0, equals);
			if (URLDecoder.decode(name, StandardCharsets.UTF_8).equals("locale")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The UI language, the headers a page may depend on, the path and the query as sent
	 * (links on the page repeat it as given). A request without a query string can still
	 * carry parameters (a test's request, a forward): those are added, length-prefixed so
	 * that no value can pass for another parameter.
	 */
	private String key(HttpServletRequest request) {
		StringBuilder key = new StringBuilder(128).append(locales.resolveLocale(request).toLanguageTag())
			.append('\n')
			.append(header(request, HttpHeaders.ACCEPT))
			.append('\n')
			.append(header(request, "HX-Request"))
			.append('\n')
			.append(header(request, "HX-History-Restore-Request"))
			.append('\n')
			.append(request.getRequestURI());
		String query = request.getQueryString();
		if (query != null) {
			return key.append('?').append(query).toString();
		}
		request.getParameterMap().forEach((name, values) -> {
			for (String value : values) {
				key.append('\n')
					.append(name.length())
					.append(':')
					.append(name)
					.append(value.length())
					.append(':')
					.append(value);
			}
		});
		return key.toString();
	}

	/**
	 * Renders the response into a buffer and returns it as a page to keep; a response
	 * that must not be kept is sent as it is and null returned.
	 */
	private static CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Set<String> before = caseInsensitive(response.getHeaderNames().toArray(String[]::new));
		LanguageRecordingResponse rendered = new LanguageRecordingResponse(response);
		chain.doFilter(request, rendered);
		if (!keepable(rendered)) {
			rendered.copyBodyToResponse();
			return null;
		}
		List<CachedPage.Header> headers = new ArrayList<>();
		for (String name : new TreeSet<>(response.getHeaderNames())) {
			if (!before.contains(name) && !NOT_REPLAYED.contains(name)) {
				response.getHeaders(name).forEach(value -> headers.add(new CachedPage.Header(name, value)));
			}
		}
		return CachedPage.of(rendered.getContentType(), rendered.language, headers, rendered.getContentAsByteArray());
	}

	private static boolean keepable(ContentCachingResponseWrapper response) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return response.getStatus() == HttpServletResponse.SC_OK && response.getContentType() != null
				&& !response.containsHeader(HttpHeaders.SET_COOKIE) && !response.isCommitted()
				&& (cacheControl == null || !(cacheControl.contains("no-store") || cacheControl.contains("private")));
	}

	private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean gzip = page.gzipped() != null && acceptsGzip(request);
		String etag = page.etag(gzip);
		for (CachedPage.Header header : page.headers()) {
			response.setHeader(header.name(), header.value());
		}
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.VARY, page.vary());
		// Stored by browsers and shared caches, but always revalidated: the next
		// content version may change it at any time.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (CachedPage.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(HttpServletResponse.SC_OK);
		if (page.language() != null) {
			response.setLocale(page.language());
		}
		response.setContentType(page.contentType());
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		byte[] body = gzip ? page.gzipped() : page.body();
		response.setContentLength(body.length);
		ContentVersionPinFilter.PinnedResponse pinned = WebUtils.getNativeResponse(response,
				ContentVersionPinFilter.PinnedResponse.class);
		if (pinned != null) {
			pinned.sendAfterThePin(body);
		}
		else {
			response.getOutputStream().write(body);
		}
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip")
				&& !accepted.toLowerCase(Locale.ROOT).contains("gzip;q=0");
	}

	private static String header(HttpServletRequest request, String name) {
		String value = request.getHeader(name);
		return value == null ? "" : value;
	}

	private static Set<String> caseInsensitive(String... names) {
		Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		set.addAll(List.of(names));
		return set;
	}

	/**
	 * Keeps the body in a buffer and remembers the language the page was rendered in,
	 * which the container keeps apart from the other headers.
	 */
	private static final class LanguageRecordingResponse extends ContentCachingResponseWrapper {

		private Locale language;

		LanguageRecordingResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			this.language = locale;
			super.setLocale(locale);
		}

	}

}
