package org.roleatlas.web;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's message bundles as the application sets them up (spring.messages in
 * application.yaml), for plain tests that word things in a UI language.
 */
public final class Bundles {

	private Bundles() {
	}

	public static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
