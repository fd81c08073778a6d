package org.roleatlas.postgres;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts one {@link PostgresCluster} for the whole test run, on the first test class that
 * asks for it, and stops it when the run ends (JUnit closes what the root store holds).
 * Test classes that use it close their application contexts after themselves
 * ({@code @DirtiesContext}), so no connection pool outlives the server.
 */
final class PostgresExtension implements BeforeAllCallback {

	private static volatile PostgresCluster cluster;

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot()
			.getStore(ExtensionContext.Namespace.create(PostgresExtension.class))
			.computeIfAbsent(PostgresCluster.class, key -> {
				cluster = PostgresCluster.start();
				return cluster;
			}, PostgresCluster.class);
	}

	/** A JDBC URL to a new, empty database on the run's cluster. */
	static String newDatabase() {
		PostgresCluster running = cluster;
		if (running == null) {
			throw new IllegalStateException("No test cluster: annotate the test class with "
					+ "@ExtendWith(PostgresExtension.class) before the Spring extension");
		}
		return running.createDatabase();
	}

}
