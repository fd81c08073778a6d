package org.roleatlas.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TaxonomyLoader;
import org.roleatlas.taxonomy.TextAnalyzers;

import static org.assertj.core.api.Assertions.assertThat;

/** What a query marks in a hit's text, with the default taxonomies. */
class SnippetMarkerTest {

	private static final Taxonomy TAXONOMY = new TaxonomyLoader((file, reason) -> {
		throw new AssertionError(file + ": " + reason);
	}).load(null);

	private static final TextAnalyzers ANALYZERS = new TextAnalyzers();

	private static final QueryPlanner PLANNER = new QueryPlanner(TAXONOMY.roles(), TAXONOMY.concepts(), ANALYZERS);

	@AfterAll
	static void closeAnalyzers() {
		ANALYZERS.close();
	}

	private static SnippetMarker marker(String query) {
		return new SnippetMarker(PLANNER.plan(UserQuery.parse(query)), ANALYZERS);
	}

	@ParameterizedTest(name = "{0} in {2}")
	@CsvSource(delimiter = '|', textBlock = """
			로드맵      | ko | 제품 로드맵을 작성한다                | 제품 <mark>로드맵</mark>을 작성한다
			Anforderung | de | Anforderungen klären               | <mark>Anforderungen</mark> klären
			strategy    | en | Sets the strategies of the product | Sets the <mark>strategies</mark> of the product
			roadmep     | en | Owns the roadmap                   | Owns the <mark>roadmap</mark>
			analise     | pt | Faz a análise do mercado           | Faz a <mark>análise</mark> do mercado
			""")
	void aWordIsMarkedWhereItsAnalysisMatches(String query, String lang, String text, String marked) {
		assertThat(marker(query).mark(text, lang)).isEqualTo(marked);
	}

	@Test
	void aPhraseIsMarkedAsOneRunAndOnlyWhereItsWordsFollowEachOther() {
		SnippetMarker marker = marker("\"product vision\"");
		assertThat(marker.mark("Shares the product vision widely", "en"))
			.isEqualTo("Shares the <mark>product vision</mark> widely");
		assertThat(marker.mark("A vision for the product", "en")).isNull();
	}

	@Test
	void aConceptTermOfAnotherLanguageMarksTheHitInItsOwn() {
		assertThat(marker("roadmap").mark("제품 로드맵 작성", "ko")).isEqualTo("제품 <mark>로드맵</mark> 작성");
	}

	@Test
	void textAroundTheMarksIsEscaped() {
		assertThat(marker("roadmap").mark("<b>roadmap</b> & \"vision\"", "en"))
			.isEqualTo("&lt;b&gt;<mark>roadmap</mark>&lt;/b&gt; &amp; &quot;vision&quot;");
	}

	@Test
	void nothingMatchedIsNoSnippet() {
		assertThat(marker("budget").mark("Owns the roadmap", "en")).isNull();
		assertThat(marker("budget").passage(null, "en")).isNull();
	}

	@Test
	void aLongDescriptionIsCutToTheSentenceOfItsFirstMatch() {
		String filler = "This sentence says nothing of interest to the reader at all. ".repeat(3);
		String description = filler + "The team keeps a budget for each quarter. " + filler;
		assertThat(description).hasSizeGreaterThan(SnippetMarker.MAX_PASSAGE);
		assertThat(marker("budget").passage(description, "en"))
			.isEqualTo("The team keeps a <mark>budget</mark> for each quarter.");
	}

}
