package org.roleatlas.search;

import org.junit.jupiter.api.Test;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TaxonomyLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** "Did you mean" over the default taxonomies. */
class SuggestionsTest {

	private static final Taxonomy TAXONOMY = new TaxonomyLoader((file, reason) -> {
		throw new AssertionError(file + ": " + reason);
	}).load(null);

	private final Suggestions suggestions = new Suggestions(TAXONOMY.roles(), TAXONOMY.concepts());

	@Test
	void aTermIsSuggestedOnceWhateverItsCase() {
		assertThat(suggestions.forQuery(UserQuery.parse("rodmapp"))).containsExactly("Roadmap");
	}

	@Test
	void excludedWordsSuggestNothing() {
		assertThat(suggestions.forQuery(UserQuery.parse("-strategy"))).isEmpty();
		assertThat(suggestions.forQuery(UserQuery.parse("stratgy -roadmep"))).contains("strategy")
			.doesNotContain("Roadmap");
	}

	@Test
	void eachWordAndPhraseIsLookedAt() {
		assertThat(suggestions.forQuery(UserQuery.parse("roadmep xyzzy"))).contains("Roadmap");
		assertThat(suggestions.forQuery(UserQuery.parse("\"prodct vision\""))).contains("Product vision");
	}

	@Test
	void swappedNeighboursAreOneEdit() {
		assertThat(Suggestions.distance("roadmpa", "roadmap")).isEqualTo(1);
		assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
		assertThat(Suggestions.distance("기획자", "기획자")).isZero();
	}

}
