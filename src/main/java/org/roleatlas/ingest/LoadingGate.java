package org.roleatlas.ingest;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;

import org.roleatlas.web.FilterOrder;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * While the first ingest of a large folder runs in the background, answers every request
 * but static assets with 503, a Retry-After and how many articles are loaded so far, in
 * the UI language; open otherwise, so it costs one volatile read per request.
 */
@Component
@Order(FilterOrder.LOADING_GATE)
class LoadingGate extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 5;

	private final MessageSource messages;

	private final LocaleResolver locales;

	/**
	 * How far the loading is while the gate is closed, null while it is open. A supplier
	 * handed over by the runner rather than the ingest service itself: filters are built
	 * with the web server, before the persistence beans the service needs.
	 */
	private volatile Supplier<IngestService.Progress> progress;

	LoadingGate(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void close(Supplier<IngestService.Progress> progress) {
		this.progress = progress;
	}

	void open() {
		this.progress = null;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return progress == null || path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Supplier<IngestService.Progress> current = this.progress;
		IngestService.Progress progress = current == null ? new IngestService.Progress(0, 0) : current.get();
		Locale locale = locale(request);
		String message = messages.getMessage("loading.progress", new Object[] { progress.done(), progress.total() },
				locale);
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"status\":503,\"title\":\"Service Unavailable\",\"detail\":\"" + message + "\",\"loaded\":"
						+ progress.done() + ",\"total\":" + progress.total() + "}");
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		String title = messages.getMessage("loading.title", null, locale);
		response.getWriter()
			.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
					+ "<meta http-equiv=\"refresh\" content=\"" + RETRY_AFTER_SECONDS + "\"><title>" + title
					+ "</title></head><body><h1>" + title + "</h1><p>" + message + "</p></body></html>");
	}

	/**
	 * The {@code ?locale=} parameter if it names one, else the cookie or the browser's.
	 */
	private Locale locale(HttpServletRequest request) {
		String parameter = request.getParameter("locale");
		if (StringUtils.hasText(parameter) && ("ko".equals(parameter) || "en".equals(parameter))) {
			return Locale.forLanguageTag(parameter);
		}
		return locales.resolveLocale(request);
	}

}
