package org.roleatlas;

import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.web.ServedContentVersion;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the web layer (headers, page cache, the pin of each request) which content
 * version is being served.
 */
@Configuration(proxyBeanMethods = false)
class ContentVersionConfiguration {

	@Bean
	ServedContentVersion servedContentVersion(ContentVersions versions) {
		return new ServedContentVersion() {

			@Override
			public long current() {
				return versions.current().number();
			}

			@Override
			public Pin pin() {
				ContentVersions.Pin pin = versions.pin();
				return new Pin() {

					@Override
					public long number() {
						return pin.number();
					}

					@Override
					public void close() {
						pin.close();
					}

				};
			}

		};
	}

}
