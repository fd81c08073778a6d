package org.roleatlas.search;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.roleatlas.web.Bundles;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page counts its results in words that agree with the number. */
class SearchCountMessagesTest {

	private final ResourceBundleMessageSource messages = Bundles.messages();

	@Test
	void theCountAgreesWithItsNumberInEnglish() {
		assertThat(count(0, Locale.ENGLISH)).isEqualTo("No results for “roadmap”");
		assertThat(count(1, Locale.ENGLISH)).isEqualTo("1 result for “roadmap”");
		assertThat(count(2, Locale.ENGLISH)).isEqualTo("2 results for “roadmap”");
		assertThat(count(12345, Locale.ENGLISH)).isEqualTo("12,345 results for “roadmap”");
	}

	@Test
	void koreanCountsWithoutPlural() {
		assertThat(count(1, Locale.KOREAN)).isEqualTo("“roadmap” 검색 결과 1건");
		assertThat(count(12345, Locale.KOREAN)).isEqualTo("“roadmap” 검색 결과 12,345건");
	}

	@Test
	void filtersThatExcludeOneResultSayTheOne() {
		assertThat(messages.getMessage("search.filteredOut", new Object[] { 1L }, Locale.ENGLISH))
			.isEqualTo("The filters exclude the one result.");
		assertThat(messages.getMessage("search.filteredOut", new Object[] { 2L }, Locale.ENGLISH))
			.isEqualTo("The filters exclude all 2 results.");
	}

	private String count(long total, Locale locale) {
		return messages.getMessage("search.count", new Object[] { total, "roadmap" }, locale);
	}

}
