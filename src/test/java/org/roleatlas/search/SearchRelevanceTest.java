package org.roleatlas.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roleatlas.search.SearchViews.Hit;
import org.roleatlas.search.SearchViews.RoleMatch;
import org.roleatlas.search.SearchViews.SearchRequest;
import org.roleatlas.search.SearchViews.SearchResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Relevance on the seed content: each query names the items that must be in its top five, and the roles it must
 * list above the hits. Korean, English, Swedish, aliases, concepts, typos, phrases and exclusions.
 */
@SpringBootTest
class SearchRelevanceTest {

	@Autowired
	SearchService search;

	static Stream<Arguments> queries() {
		return Stream.of(
				// Korean morphology: the particle in 로드맵을 does not hide the noun.
				top5("로드맵", "제품 로드맵 작성"),
				top5("요구사항", "제품 요구사항 정의", "제품 요구사항을 정의"),
				top5("제품 비전", "제품 비전", "제품 비전과 전략 수립"),
				top5("의사 소통", "의사 소통 및 협업 능력"),
				top5("문제 해결", "문제 해결 능력"),
				top5("수익", "수익과 이익"),
				top5("데이터", "데이터를 이해하고 해석할 수 있어야 한다"),
				// English stemming.
				top5("strategies", "Creating the product strategy and roadmap", "product strategy"),
				top5("developing", "Developing the product vision"),
				top5("communication skills", "Communication skills"),
				top5("decisions", "Decision making skills"),
				top5("customer research", "Conducting customer research"),
				// Swedish stemming and compounds.
				top5("produktstrategi", "produktstrategi"),
				top5("rekrytering", "rekrytering"),
				top5("ledarskap", "ledarskapsförmåga"),
				top5("kundforskning", "kundforskning"),
				// Concepts as synonyms across languages, below direct matches.
				top5("roadmap", "Creating the product strategy and roadmap", "제품 로드맵 작성"),
				top5("hiring", "rekrytering"),
				top5("innovation", "product innovation", "제품 혁신"),
				top5("product design", "product design", "produktdesign", "제품 디자인"),
				// Typos (edit distance 1 on Latin words of five letters or more).
				top5("stratgy", "product strategy"),
				top5("innovaton", "product innovation"),
				// Phrases and exclusions.
				top5("\"product vision\"", "Developing the product vision", "product vision", "Product Vision"),
				top5("product -vision -strategy", "Promoting the product"),
				// Roles by name or alias, listed above the hits.
				roles("VP of Product", List.of("cpo")),
				roles("Head of Product", List.of("cpo")),
				roles("PM", List.of("product-manager", "project-manager")),
				roles("기획자", List.of("planner")),
				roles("product owner", List.of("po")));
	}

	private static Arguments top5(String query, String... items) {
		return Arguments.of(query, List.of(items), List.of());
	}

	private static Arguments roles(String query, List<String> slugs) {
		return Arguments.of(query, List.of(), slugs);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("queries")
	void topFiveHoldsTheExpectedItems(String query, List<String> items, List<String> roleMatches) {
		SearchResult result = search.search(new SearchRequest(query, null, null, null, 0, 5), Locale.ENGLISH);
		assertThat(result.hits().stream().map(Hit::text).toList()).as(query).containsAll(items);
		assertThat(result.roleMatches().stream().map(RoleMatch::slug).toList()).as(query)
			.containsExactlyElementsOf(roleMatches);
	}

	@org.junit.jupiter.api.Test
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
