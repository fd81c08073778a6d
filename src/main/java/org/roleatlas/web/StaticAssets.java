package org.roleatlas.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Stylesheets and scripts under addresses that carry a hash of their content, so browsers
 * keep them for a year and a changed file gets a new address. Templates link them through
 * {@code assets.url(…)}, which resolves each address once; Boot's
 * {@link ResourceUrlEncodingFilter} would instead resolve every link of every page
 * through the resource chain, the largest cost of a page render.
 */
@Configuration(proxyBeanMethods = false)
// Before Boot's own registrations, which then leave these patterns alone.
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticAssets implements WebMvcConfigurer {

	static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(fingerprints());
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(fingerprints())
			.addResolver(new LiteWebJarsResourceResolver());
	}

	private static VersionResourceResolver fingerprints() {
		return new VersionResourceResolver().addContentVersionStrategy("/**");
	}

	/** Registered switched off, which keeps Boot from registering its own. */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	Assets assets(ResourceUrlProvider urls) {
		return new Assets(urls);
	}

	/** The fingerprinted address of each asset, resolved on first use and kept. */
	public static final class Assets {

		private final ResourceUrlProvider urls;

		private final Map<String, String> resolved = new ConcurrentHashMap<>();

		Assets(ResourceUrlProvider urls) {
			this.urls = urls;
		}

		public String url(String path) {
			String known = resolved.get(path);
			if (known != null) {
				return known;
			}
			String fingerprinted = urls.getForLookupPath(path);
			if (fingerprinted == null) {
				// Not resolvable (yet): the plain address still serves the file.
				return path;
			}
			resolved.put(path, fingerprinted);
			return fingerprinted;
		}

	}

}
