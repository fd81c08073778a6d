package org.roleatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.roleatlas.corpus.Notice;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.web.Bundles;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every notice the ingest can give is worded in English and Korean, with each of its
 * arguments in the text.
 */
class IngestNoticesTest {

	private static final ResourceBundleMessageSource MESSAGES = Bundles.messages();

	@ParameterizedTest
	@EnumSource(NoticeCode.class)
	void everyCodeIsWordedInBothLanguagesWithAllItsArguments(NoticeCode code) {
		String[] args = IntStream.range(0, code.arity()).mapToObj(i -> "ARG" + i).toArray(String[]::new);
		Notice notice = code.with((Object[]) args);
		for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN)) {
			String text = MESSAGES.getMessage(notice.messageKey(), notice.arguments(), locale);
			assertThat(text).as(code + " in " + locale).doesNotContain("{", "''");
			for (String arg : args) {
				assertThat(text).as(code + " in " + locale).contains(arg);
			}
		}
		assertThat(MESSAGES.getMessage(notice.messageKey(), notice.arguments(), Locale.KOREAN)).as(code.code())
			.isNotEqualTo(MESSAGES.getMessage(notice.messageKey(), notice.arguments(), Locale.ENGLISH));
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_ko.properties" })
	void theBundlesHaveNoNoticeKeyWithoutACode(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = IngestNoticesTest.class.getResourceAsStream("/" + bundle)) {
			properties.load(in);
		}
		List<String> codes = Arrays.stream(NoticeCode.values()).map(c -> "ingest.notice." + c.code()).toList();
		assertThat(properties.stringPropertyNames().stream().filter(k -> k.startsWith("ingest.notice.")))
			.containsExactlyInAnyOrderElementsOf(codes);
	}

	@Test
	void quotedArgumentsKeepTheirQuotes() {
		Notice created = NoticeCode.FRONT_MATTER_ROLE_CREATED.with("Growth Hacker", "growth-hacker");
		assertThat(MESSAGES.getMessage(created.messageKey(), created.arguments(), Locale.ENGLISH))
			.isEqualTo("front-matter role 'Growth Hacker' is not in the taxonomy; created role 'growth-hacker'");
		Notice unclosed = NoticeCode.FRONT_MATTER_NOT_CLOSED.with();
		assertThat(MESSAGES.getMessage(unclosed.messageKey(), unclosed.arguments(), Locale.ENGLISH))
			.isEqualTo("front matter opened with '---' on line 1 is never closed");
	}

	@Test
	void aNoticeNeedsExactlyTheArgumentsItsMessageTakes() {
		assertThatThrownBy(() -> NoticeCode.FILE_TOO_LARGE.with(3_000_000)).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("fileTooLarge takes 2 arguments, not 1");
	}

}
