package org.roleatlas.ingest;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.roleatlas.web.Bundles;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate in front of the portal while a large folder loads in the background. */
class LoadingGateTest {

	private final LoadingGate gate = new LoadingGate(Bundles.messages(), new AcceptHeaderLocaleResolver());

	@Test
	void whileClosedPagesSayHowFarTheLoadingIsInTheUiLanguage() throws Exception {
		gate.close(() -> new IngestService.Progress(1234, 10160));
		MockHttpServletResponse en = answer("/roles/cpo", null);
		assertThat(en.getStatus()).isEqualTo(503);
		assertThat(en.getHeader("Retry-After")).isEqualTo("5");
		assertThat(en.getContentAsString()).contains("1,234 of 10,160");
		MockHttpServletResponse ko = answer("/roles/cpo", "ko");
		assertThat(ko.getContentAsString()).contains("10,160개 중 1,234개");
		MockHttpServletResponse api = answer("/api/search", null);
		assertThat(api.getContentType()).startsWith("application/problem+json");
		assertThat(api.getContentAsString()).contains("\"loaded\":1234").contains("\"total\":10160");
	}

	@Test
	void staticAssetsAndAnOpenGatePassThrough() throws Exception {
		gate.close(() -> new IngestService.Progress(0, 10160));
		assertThat(answer("/css/atlas.css", null).getStatus()).isEqualTo(200);
		gate.open();
		assertThat(answer("/roles/cpo", null).getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse answer(String path, String locale) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.addPreferredLocale(Locale.ENGLISH);
		if (locale != null) {
			request.setParameter("locale", locale);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		gate.doFilter(request, response, new MockFilterChain());
		return response;
	}

}
