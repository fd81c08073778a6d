package org.roleatlas;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The package rules of docs/ARCHITECTURE.md: imports run one way, from the features down
 * to corpus and taxonomy, and no two packages need each other.
 */
class ArchitectureTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.roleatlas");

	@Test
	void importsRunOneWay() {
		layeredArchitecture().consideringOnlyDependenciesInAnyPackage("org.roleatlas..")
			.layer("taxonomy")
			.definedBy("org.roleatlas.taxonomy..")
			.layer("corpus")
			.definedBy("org.roleatlas.corpus..")
			.layer("web")
			.definedBy("org.roleatlas.web..")
			.layer("ingest")
			.definedBy("org.roleatlas.ingest..")
			.layer("role")
			.definedBy("org.roleatlas.role..")
			.layer("article")
			.definedBy("org.roleatlas.article..")
			.layer("search")
			.definedBy("org.roleatlas.search..")
			.layer("compare")
			.definedBy("org.roleatlas.compare..")
			.layer("ops")
			.definedBy("org.roleatlas.ops..")
			.layer("application")
			.definedBy("org.roleatlas")
			.whereLayer("taxonomy")
			.mayNotAccessAnyLayer()
			.whereLayer("corpus")
			.mayOnlyAccessLayers("taxonomy")
			.whereLayer("web")
			.mayNotAccessAnyLayer()
			.whereLayer("ingest")
			.mayOnlyAccessLayers("corpus", "taxonomy", "web")
			.whereLayer("role")
			.mayOnlyAccessLayers("corpus", "taxonomy", "web")
			.whereLayer("article")
			.mayOnlyAccessLayers("corpus", "taxonomy", "web", "role")
			.whereLayer("search")
			.mayOnlyAccessLayers("corpus", "taxonomy", "web", "role")
			.whereLayer("compare")
			.mayOnlyAccessLayers("corpus", "taxonomy", "web", "role")
			.whereLayer("ops")
			.mayOnlyAccessLayers("corpus", "search")
			.whereLayer("application")
			.mayNotBeAccessedByAnyLayer()
			.check(MAIN);
	}

	@Test
	void noCyclesBetweenPackages() {
		SlicesRuleDefinition.slices().matching("org.roleatlas.(*)..").should().beFreeOfCycles().check(MAIN);
	}

	/**
	 * The regular-expression query reader of {@link RepositoryConfiguration} suffices
	 * only as long as no repository method asks Spring Data to rewrite its query.
	 */
	@Test
	void noRepositoryMethodSortsPagesOrScrolls() {
		noMethods().that()
			.areDeclaredInClassesThat()
			.areAssignableTo(Repository.class)
			.should(new ArchCondition<>("take a Sort, Pageable or ScrollPosition or return a Slice or Window") {
				@Override
				public void check(JavaMethod method, ConditionEvents events) {
					boolean rewritten = method.getRawParameterTypes().stream().anyMatch(ArchitectureTest::isRewriting)
							|| isRewriting(method.getRawReturnType());
					events.add(new SimpleConditionEvent(method, rewritten, method.getFullName()));
				}
			})
			.check(MAIN);
	}

	private static boolean isRewriting(JavaClass type) {
		return Stream.of(Sort.class, Pageable.class, ScrollPosition.class, Slice.class, Window.class)
			.anyMatch(type::isAssignableTo);
	}

}
