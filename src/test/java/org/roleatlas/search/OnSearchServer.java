package org.roleatlas.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a test class of the application on the elasticsearch backend, against the
 * Elasticsearch or OpenSearch server at {@value #URL_VARIABLE} (with the analysis-nori,
 * -kuromoji, -smartcn and -stempel plugins), and skips it when that variable is unset.
 * The indexes are dropped and created at start and dropped at the end, so the server
 * needs no cleaning. The classes with this annotation share one application, hence one
 * index.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(OnSearchServer.ServerGiven.class)
@TestPropertySource(
		properties = { "atlas.search.backend=elasticsearch", "atlas.search.url=${" + OnSearchServer.URL_VARIABLE + ":}",
				"spring.jpa.properties.hibernate.search.schema_management.strategy=drop-and-create-and-drop" })
@interface OnSearchServer {

	String URL_VARIABLE = "ATLAS_TEST_SEARCH_URL";

	/**
	 * Skips each test, saying why, when no server is named: before its instance is made,
	 * since making it starts the application, which would fail without a server.
	 */
	class ServerGiven implements TestInstancePreConstructCallback {

		@Override
		public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
			String url = System.getenv(URL_VARIABLE);
			Assumptions.assumeTrue(url != null && !url.isBlank(),
					() -> URL_VARIABLE
							+ " is not set: no Elasticsearch/OpenSearch server to run the search suite against"
							+ " (set it to e.g. http://localhost:9200 of a server with the analysis plugins)");
		}

	}

}
