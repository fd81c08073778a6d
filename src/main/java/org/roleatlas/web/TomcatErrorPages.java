package org.roleatlas.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The pages Tomcat writes itself, before any filter runs (a request line it cannot parse,
 * a method it does not implement), carry the security headers of every other response,
 * and say no more than the status: no server version, no report.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorPages {

	@Bean
	TomcatContextCustomizer securityHeadersOnTomcatErrors() {
		return context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(HeadersErrorReportValve.class.getName());
			}
		};
	}

	/**
	 * Tomcat's error report with the security headers; public for Tomcat to create it.
	 */
	public static class HeadersErrorReportValve extends ErrorReportValve {

		public HeadersErrorReportValve() {
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (!response.isCommitted()) {
				SecurityHeadersFilter.setHeaders(response, SecurityHeadersFilter.POLICY);
			}
			super.report(request, response, throwable);
		}

	}

}
