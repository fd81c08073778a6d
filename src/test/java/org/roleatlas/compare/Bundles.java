package org.roleatlas.compare;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The application's message bundles, as plain tests that word things in a UI language
 * need them.
 */
final class Bundles {

	private Bundles() {
	}

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
