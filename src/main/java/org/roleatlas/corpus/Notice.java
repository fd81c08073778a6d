package org.roleatlas.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

/**
 * A warning or rejection reason of the ingest as a message code with its arguments, not
 * as text: each page words it in its reader's language, from the bundles'
 * {@code ingest.notice.<code>}. Made by {@link NoticeCode#with}.
 */
@Embeddable
public record Notice(@Column(nullable = false) String code,
		@Convert(converter = NoticeArguments.class) @Column(nullable = false) List<String> args) {

	private static final String KEY_PREFIX = "ingest.notice.";

	public Notice {
		Objects.requireNonNull(code, "code");
		args = List.copyOf(args);
	}

	public String messageKey() {
		return KEY_PREFIX + code;
	}

	/**
	 * The notice worded in a language; the API and the logs use English, the bundles'
	 * base language.
	 */
	public String wordedIn(MessageSource messages, Locale locale) {
		return messages.getMessage(messageKey(), arguments(), locale);
	}

	/** Each notice worded in a language, in order. */
	public static List<String> wordedIn(List<Notice> notices, MessageSource messages, Locale locale) {
		return notices.stream().map(notice -> notice.wordedIn(messages, locale)).toList();
	}

	/**
	 * The arguments as a message source and Thymeleaf's {@code #messages.msgWithParams}
	 * take them.
	 */
	public Object[] arguments() {
		return args.toArray();
	}

}
