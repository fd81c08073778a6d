package org.roleatlas.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The page cache and the content version header, through the whole application. */
@SpringBootTest
@AutoConfigureMockMvc
class PageCacheFilterTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ServedContentVersion versions;

	@Test
	void everyResponseNamesTheContentVersion() throws Exception {
		String version = Long.toString(versions.current());
		assertThat(versions.current()).as("the seeds were ingested at startup").isPositive();
		mvc.perform(get("/roles/cpo")).andExpect(header().string(PageCacheFilter.CONTENT_VERSION, version));
		mvc.perform(get("/search").param("q", "roadmap"))
			.andExpect(header().string(PageCacheFilter.CONTENT_VERSION, version));
		mvc.perform(get("/roles/nope"))
			.andExpect(status().isNotFound())
			.andExpect(header().string(PageCacheFilter.CONTENT_VERSION, version));
	}

	@Test
	void aRepeatedPageIsTheSameBytesWithAStrongTagAndA304ForIt() throws Exception {
		MockHttpServletResponse first = mvc.perform(get("/roles/cpo").accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, matchesPattern("\"[A-Za-z0-9_-]{27}\"")))
			.andExpect(header().string(HttpHeaders.VARY, containsString("Accept-Language, Cookie")))
			.andExpect(header().string("Content-Security-Policy", SecurityHeadersFilter.POLICY))
			.andReturn()
			.getResponse();
		MockHttpServletResponse second = mvc.perform(get("/roles/cpo").accept(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse();

		assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
		assertThat(second.getHeader(HttpHeaders.ETAG)).isEqualTo(first.getHeader(HttpHeaders.ETAG));
		assertThat(second.getContentType()).isEqualTo(first.getContentType());
		assertThat(second.getHeader("Content-Security-Policy")).isEqualTo(SecurityHeadersFilter.POLICY);
		assertThat(second.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(second.getLocale()).isEqualTo(first.getLocale());

		mvc.perform(get("/roles/cpo").accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.IF_NONE_MATCH, first.getHeader(HttpHeaders.ETAG)))
			.andExpect(status().isNotModified())
			.andExpect(content().bytes(new byte[0]));
	}

	@Test
	void aRepeatedSearchIsServedAsTheSameBytesAndEachQueryHasItsOwn() throws Exception {
		for (String path : new String[] { "/search", "/api/search" }) {
			MockHttpServletResponse first = mvc.perform(get(path).param("q", "roadmap"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			String etag = first.getHeader(HttpHeaders.ETAG);
			assertThat(etag).as(path).isNotNull();
			assertThat(mvc.perform(get(path).param("q", "roadmap")).andReturn().getResponse().getContentAsByteArray())
				.isEqualTo(first.getContentAsByteArray());
			mvc.perform(get(path).param("q", "roadmap").header(HttpHeaders.IF_NONE_MATCH, etag))
				.andExpect(status().isNotModified());
			mvc.perform(get(path).param("q", "stakeholder"))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.ETAG, not(etag)));
		}
	}

	@Test
	void eachUiLanguageHasItsOwnPage() throws Exception {
		mvc.perform(get("/roles/cpo").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
			.andExpect(content().string(containsString("<html lang=\"en\">")));
		mvc.perform(get("/roles/cpo").header(HttpHeaders.ACCEPT_LANGUAGE, "ko"))
			.andExpect(content().string(containsString("<html lang=\"ko\">")));
		mvc.perform(get("/roles/cpo").cookie(new jakarta.servlet.http.Cookie("atlas-locale", "ko")))
			.andExpect(content().string(containsString("<html lang=\"ko\">")));
		mvc.perform(get("/roles/cpo")).andExpect(content().string(containsString("<html lang=\"en\">")));
	}

	@Test
	void aLanguageSwitchAlwaysSetsItsCookieAndIsNeverHandedToOthers() throws Exception {
		for (int i = 0; i < 2; i++) {
			mvc.perform(get("/roles/po").param("locale", "ko"))
				.andExpect(cookie().value("atlas-locale", "ko"))
				.andExpect(content().string(containsString("<html lang=\"ko\">")));
		}
		mvc.perform(get("/roles/po").header(HttpHeaders.ACCEPT_LANGUAGE, "ko"))
			.andExpect(cookie().doesNotExist("atlas-locale"))
			.andExpect(content().string(containsString("<html lang=\"ko\">")));
	}

	@Test
	void sendsGzipWhenAskedWithItsOwnTag() throws Exception {
		MockHttpServletResponse plain = mvc.perform(get("/compare/cpo/po")).andReturn().getResponse();
		MockHttpServletResponse gzipped = mvc
			.perform(get("/compare/cpo/po").header(HttpHeaders.ACCEPT_ENCODING, "gzip, br"))
			.andExpect(header().string(HttpHeaders.CONTENT_ENCODING, "gzip"))
			.andExpect(header().string(HttpHeaders.VARY, containsString("Accept-Encoding")))
			.andReturn()
			.getResponse();

		assertThat(gzipped.getContentAsByteArray().length).isLessThan(plain.getContentAsByteArray().length / 2);
		assertThat(gzipped.getHeader(HttpHeaders.ETAG)).isNotEqualTo(plain.getHeader(HttpHeaders.ETAG));
	}

	@Test
	void errorsAreRenderedEveryTimeAndNeverTagged() throws Exception {
		for (int i = 0; i < 2; i++) {
			mvc.perform(get("/roles/no-such-role").accept(MediaType.TEXT_HTML))
				.andExpect(status().isNotFound())
				.andExpect(header().doesNotExist(HttpHeaders.ETAG));
		}
	}

	@Test
	void stylesheetsAreLinkedByFingerprintAndKeptForAYear() throws Exception {
		String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
		var css = java.util.regex.Pattern.compile("href=\"(/css/atlas-[0-9a-f]{32}\\.css)\"").matcher(home);
		assertThat(css.find()).as("fingerprinted stylesheet link in %s", home.substring(0, 600)).isTrue();
		assertThat(home).containsPattern("src=\"/webjars/htmx.org/[^\"]+/dist/htmx.min-[0-9a-f]{32}\\.js\"");

		mvc.perform(get(css.group(1)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable"));
	}

}
