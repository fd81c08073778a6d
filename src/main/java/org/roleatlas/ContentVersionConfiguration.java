package org.roleatlas;

import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.web.ServedContentVersion;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tells the web layer (headers, page cache) which content version is being served. */
@Configuration(proxyBeanMethods = false)
class ContentVersionConfiguration {

	@Bean
	ServedContentVersion servedContentVersion(ContentVersions versions) {
		return () -> versions.current().number();
	}

}
