package org.roleatlas.search;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.roleatlas.AtlasApplicationTest;
import org.roleatlas.search.SearchViews.Hit;
import org.roleatlas.search.SearchViews.RoleMatch;
import org.roleatlas.search.SearchViews.SearchResult;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Relevance on the seed content: each query names the items that must be in its top five,
 * and the roles it must list above the hits. Korean, English, Swedish, aliases, concepts,
 * typos, phrases and exclusions.
 */
@AtlasApplicationTest
class SearchRelevanceTest {

	@Autowired
	SearchService search;

	static Stream<Arguments> queries() {
		return Stream.of(
				// Korean morphology: the particle in 로드맵을 does not hide the noun.
				top5("로드맵", "제품 로드맵 작성"), top5("요구사항", "제품 요구사항 정의", "제품 요구사항을 정의"),
				top5("제품 비전", "제품 비전", "제품 비전과 전략 수립"), top5("의사 소통", "의사 소통 및 협업 능력"), top5("문제 해결", "문제 해결 능력"),
				top5("수익", "수익과 이익"), top5("데이터", "데이터를 이해하고 해석할 수 있어야 한다"),
				// Korean words with a particle or ending attached to a concept or role
				// name.
				top5("로드맵을", "제품 로드맵 작성"), top5("로드맵은", "제품 로드맵 작성"), top5("요구사항을", "제품 요구사항을 정의", "제품 요구사항 정의"),
				top5("전략을", "제품 비전과 전략 수립"), top5("협업을", "의사 소통 및 협업 능력"), top5("전략적", "전략적 제품 비전 기술을 보유하고 있다"),
				top5("제품 로드맵을 작성", "제품 로드맵 작성"), top5("출시를", "제품 출시 및 운영", "제품 출시 및 운영 관리"),
				top5("고객을", "고객의 요구를 이해하고 반영", "고객과 사용자에게 민감한 상태 유지"),
				// English stemming.
				top5("strategies", "Creating the product strategy and roadmap", "product strategy"),
				top5("developing", "Developing the product vision"),
				top5("communication skills", "Communication skills"), top5("decisions", "Decision making skills"),
				top5("customer research", "Conducting customer research"),
				// Swedish stemming and compounds.
				top5("produktstrategi", "produktstrategi"), top5("rekrytering", "rekrytering"),
				top5("ledarskap", "ledarskapsförmåga"), top5("kundforskning", "kundforskning"),
				top5("strategisk", "strategisk ledare", "strategiska färdigheter"),
				// Concepts as synonyms across languages, below direct matches.
				top5("roadmap", "Creating the product strategy and roadmap", "제품 로드맵 작성"),
				top5("hiring", "rekrytering"), top5("innovation", "product innovation", "제품 혁신"),
				top5("product design", "product design", "produktdesign", "제품 디자인"),
				top5("launch", "제품 출시 및 운영", "distribution"),
				top5("visão do produto", "Product Vision", "product vision", "제품 비전"),
				// Typos (edit distance 1 on Latin words of five letters or more).
				top5("stratgy", "product strategy"), top5("innovaton", "product innovation"),
				top5("comunication", "Communication skills"), top5("custmer research", "Conducting customer research"),
				top5("roadmpa", "Creating the product strategy and roadmap", "제품 로드맵 작성"),
				top5("hirring", "rekrytering"),
				// Phrases and exclusions.
				top5("\"product vision\"", "Developing the product vision", "product vision", "Product Vision"),
				top5("\"의사 소통\"", "의사 소통 및 협업 능력"), top5("product -vision -strategy", "Promoting the product"),
				top5("\"Product Vision\" -developing", "Product Vision", "product vision"),
				top5("로드맵 -작성", "Creating the product strategy and roadmap"),
				// Roles by name or alias, listed above the hits, with their own material.
				roles("VP of Product", List.of("cpo"), "en produktchef-ofta kallad ” VP of Product ”…"),
				roles("Head of Product", List.of("cpo"),
						"A chief product officer (CPO), sometimes known as head of product…"),
				roles("CPO는", List.of("cpo"), "최고 제품 책임자(CPO)는 조직 내 모든 제품 관련 활동의…"),
				roles("PM", List.of("product-manager", "project-manager"), "프로젝트의 관리자가 되어…"),
				roles("기획자", List.of("planner"), "제품과 서비스 디자인과 내용 기획 업무를 한다…"),
				roles("기획자는", List.of("planner"), "제품과 서비스 디자인과 내용 기획 업무를 한다…"),
				roles("product owner", List.of("po"), "PO(Product Owner)는 주로 IT 업계의…"),
				roles("produktägare", List.of("po"), "PO(Product Owner)는 주로 IT 업계의…"),
				roles("개발자가", List.of("software-engineer")));
	}

	/**
	 * The query's top five must hold these items: exact texts, or the start of a text
	 * ending in "…".
	 */
	private static Arguments top5(String query, String... items) {
		return Arguments.of(query, List.of(items), List.of());
	}

	private static Arguments roles(String query, List<String> slugs, String... items) {
		return Arguments.of(query, List.of(items), slugs);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void topFiveHoldsTheExpectedItems(String query, List<String> items, List<String> roleMatches) {
		SearchResult result = search.search(new SearchRequest(query, null, null, null, 0, 5), Locale.ENGLISH);
		List<String> texts = result.hits().stream().map(Hit::text).toList();
		for (String item : items) {
			assertThat(texts).as(query).anySatisfy(text -> {
				if (item.endsWith("…")) {
					assertThat(text).startsWith(item.substring(0, item.length() - 1));
				}
				else {
					assertThat(text).isEqualTo(item);
				}
			});
		}
		assertThat(result.roleMatches().stream().map(RoleMatch::slug).toList()).as(query)
			.containsExactlyElementsOf(roleMatches);
	}

	@Test
	void queriesWithItemsAreAtLeastTwentyFive() {
		assertThat(queries().filter(q -> !((List<?>) q.get()[1]).isEmpty())).hasSizeGreaterThanOrEqualTo(25);
	}

	/**
	 * A role noun is not read by its stem: "developer" would become "develop" and find
	 * product development, "designer" product design.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "개발자", "개발자가", "developer", "디자이너", "designer" })
	void roleNamesDoNotFindTheConceptWordsOfTheirStems(String query) {
		SearchResult result = search.search(new SearchRequest(query, null, null, null, 0, 20), Locale.ENGLISH);
		assertThat(result.roleMatches()).as("the query is read as a role name")
			.extracting(RoleMatch::slug)
			.containsAnyOf("software-engineer", "designer");
		assertThat(result.hits()).as(query)
			.noneSatisfy(hit -> assertThat(hit.concepts()).containsAnyOf("product-development", "product-design"));
	}

	/**
	 * Typos are tolerated only when the words as written find nothing: "kunder" (Swedish
	 * customers) finds the customer items, and its near-miss "under", also in the seeds,
	 * is not read as a typo of it; "promotng" finds nothing as written, so it is read as
	 * one.
	 */
	@Test
	void aWordFoundAsWrittenBringsNoNearMisses() {
		SearchResult kunder = search.search(new SearchRequest("kunder", null, null, null, 0, 100), Locale.ENGLISH);
		assertThat(kunder.hits()).extracting(Hit::text)
			.contains("kundforskning")
			.noneSatisfy(text -> assertThat(text).containsPattern("(?i)\\bunder\\b"));
		SearchResult typo = search.search(new SearchRequest("promotng", null, null, null, 0, 100), Locale.ENGLISH);
		assertThat(typo.hits()).extracting(Hit::text).contains("Promoting the product");
	}

	@Test
	void anInflectedConceptWordFindsWhatItsKeywordFinds() {
		SearchResult plural = search.search(new SearchRequest("strategies", null, null, null, 0, 100), Locale.ENGLISH);
		SearchResult singular = search.search(new SearchRequest("strategy", null, null, null, 0, 100), Locale.ENGLISH);
		assertThat(plural.hits()).extracting(Hit::text)
			.contains("제품 비전과 전략 수립", "produktstrategi")
			.containsAll(singular.hits().stream().map(Hit::text).toList());
	}

	@Test
	void conceptMatchesRankBelowDirectMatches() {
		List<String> texts = search.search(new SearchRequest("roadmap", null, null, null, 0, 5), Locale.ENGLISH)
			.hits()
			.stream()
			.map(Hit::text)
			.toList();
		assertThat(texts.indexOf("Creating the product strategy and roadmap")).isZero();
		assertThat(texts.indexOf("제품 로드맵 작성")).isPositive();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("aliasQueries")
	void aliasesFindTheirRolesMaterial(String query, String role) {
		SearchResult result = search.search(new SearchRequest(query, null, null, null, 0, 5), Locale.ENGLISH);
		assertThat(result.hits()).as(query).isNotEmpty().allSatisfy(hit -> assertThat(hit.roles()).contains(role));
	}

	static Stream<Arguments> aliasQueries() {
		return Stream.of(Arguments.of("VP of Product", "cpo"), Arguments.of("기획자", "planner"));
	}

}
