package org.roleatlas.search;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roleatlas.search.QueryPlanner.Term;
import org.roleatlas.search.QueryPlanner.Unit;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TaxonomyLoader;
import org.roleatlas.taxonomy.TextAnalyzers;

import static org.assertj.core.api.Assertions.assertThat;

/** How a query is read into required units, with the default taxonomies. */
class QueryPlannerTest {

	private static final Taxonomy TAXONOMY = new TaxonomyLoader((file, reason) -> {
		throw new AssertionError(file + ": " + reason);
	}).load(null);

	private final QueryPlanner planner = new QueryPlanner(TAXONOMY.roles(), TAXONOMY.concepts(), new TextAnalyzers());

	private List<Unit> units(String query) {
		return planner.plan(UserQuery.parse(query)).units();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "로드맵을, roadmap", "로드맵은, roadmap", "요구사항을, requirements", "전략적, product-strategy", "협업을, communication",
			"'roadmap,', roadmap" })
	void aConceptWithAParticleOrPunctuationIsOneUnitForTheWholeWord(String query, String concept) {
		assertThat(units(query)).singleElement().satisfies(unit -> {
			assertThat(unit.text()).isEqualTo(query);
			assertThat(unit.concepts()).containsExactly(concept);
		});
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "기획자는, planner", "개발자가, software-engineer", "CPO는, cpo" })
	void aRoleWithAParticleIsOneUnitForTheWholeWord(String query, String role) {
		assertThat(units(query)).singleElement().satisfies(unit -> {
			assertThat(unit.text()).isEqualTo(query);
			assertThat(unit.roles()).containsExactly(role);
			assertThat(unit.isRoleName()).isTrue();
		});
	}

	@Test
	void wordsAroundANameStayRequiredWordsOfTheirOwn() {
		assertThat(units("제품 로드맵을 작성")).extracting(Unit::text).containsExactly("제품", "로드맵을", "작성");
	}

	@Test
	void twoNamesInOneWordMakeOneUnitNamingBoth() {
		assertThat(units("CPO-roadmap")).singleElement().satisfies(unit -> {
			assertThat(unit.roles()).containsExactly("cpo");
			assertThat(unit.concepts()).containsExactly("roadmap");
			assertThat(unit.isRoleName()).isFalse();
		});
	}

	@Test
	void roleNamesAndConceptTermsAreKeptApart() {
		Unit developer = units("개발자").get(0);
		assertThat(developer.roleNames()).contains("developer", "Software Engineer").doesNotContain("개발자");
		assertThat(developer.conceptTerms()).isEmpty();
		Unit roadmap = units("roadmap").get(0);
		assertThat(roadmap.conceptTerms()).extracting(Term::text).contains("로드맵", "road map").doesNotContain("roadmap");
		assertThat(roadmap.conceptTerms()).contains(new Term("로드맵", "ko"));
		assertThat(roadmap.roleNames()).isEmpty();
	}

}
