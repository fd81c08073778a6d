package org.roleatlas.web;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * UI language: {@code ?locale=ko|en} (remembered in a cookie), else the browser's
 * Accept-Language, else English. The request parameter {@code lang} is never the UI
 * language: it filters content by an article's language.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.KOREAN);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("atlas-locale");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(WebConfiguration::fromAcceptLanguage);
		return resolver;
	}

	static Locale fromAcceptLanguage(HttpServletRequest request) {
		var languages = Collections.list(request.getLocales());
		for (Locale locale : languages) {
			for (Locale supported : SUPPORTED) {
				if (supported.getLanguage().equals(locale.getLanguage())) {
					return supported;
				}
			}
		}
		return Locale.ENGLISH;
	}

	/**
	 * Only the Accept header chooses a representation: article paths end in ".txt" or
	 * ".md", which must not make a page plain text.
	 */
	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
		configurer.strategies(List.of(new HeaderContentNegotiationStrategy()));
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LocaleParameterInterceptor(localeResolver()));
	}

}
