package org.roleatlas;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;

/**
 * The Spring Data repositories, with one change to Boot's defaults: their queries are
 * read by Spring Data's regular-expression query reader instead of its ANTLR grammar of
 * HQL. Spring Data parses each {@code @Query} when it builds a repository, to be able to
 * append a {@code Sort} and derive the count query of a {@code Page}; none of ours takes
 * either (ArchitectureTest holds that), and the parse was a tenth of the main thread's
 * start. Hibernate still parses and checks every query at start.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackageClasses = RoleAtlasApplication.class,
		queryEnhancerSelector = RepositoryConfiguration.RegularExpressionReader.class)
public class RepositoryConfiguration {

	static class RegularExpressionReader implements QueryEnhancerSelector {

		@Override
		public QueryEnhancerFactory select(DeclaredQuery query) {
			return QueryEnhancerFactories.fallback();
		}

	}

}
