package org.roleatlas.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roleatlas.corpus.ContentVersion;
import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.search.SearchViews.SearchResult;

import static org.assertj.core.api.Assertions.assertThat;

class SearchAnswersTest {

	private final ContentVersions versions = new ContentVersions();

	/** The queries the index was asked, in order. */
	private final List<String> asked = new ArrayList<>();

	@Test
	void aQuestionAskedAgainOfTheSameContentIsAnsweredAsBefore() {
		SearchAnswers answers = new SearchAnswers(versions, 10);
		SearchResult first = ask(answers, request("roadmap", null), Locale.ENGLISH);
		SearchResult again = ask(answers, request("  roadmap ", null), Locale.ENGLISH);
		assertThat(again).isSameAs(first);
		assertThat(asked).containsExactly("roadmap");
	}

	@Test
	void filtersPagesAndTheUiLanguageAreOtherQuestions() {
		SearchAnswers answers = new SearchAnswers(versions, 10);
		ask(answers, request("roadmap", null), Locale.ENGLISH);
		ask(answers, request("roadmap", "cpo"), Locale.ENGLISH);
		ask(answers, new SearchRequest("roadmap", null, null, null, 1, 20), Locale.ENGLISH);
		ask(answers, request("roadmap", null), Locale.KOREAN);
		assertThat(asked).hasSize(4);
	}

	@Test
	void aNewContentVersionAsksTheIndexAgain() {
		SearchAnswers answers = new SearchAnswers(versions, 10);
		ask(answers, request("roadmap", null), Locale.ENGLISH);
		try (ContentVersions.Swap swap = versions.beginSwap()) {
			swap.advance(new ContentVersion(1, 1, Instant.parse("2026-01-01T00:00:00Z")), 1);
		}
		ask(answers, request("roadmap", null), Locale.ENGLISH);
		assertThat(asked).containsExactly("roadmap", "roadmap");
	}

	@Test
	void theLeastRecentlyAskedGoesFirstOnceFull() {
		SearchAnswers answers = new SearchAnswers(versions, 2);
		ask(answers, request("roadmap", null), Locale.ENGLISH);
		ask(answers, request("backlog", null), Locale.ENGLISH);
		ask(answers, request("roadmap", null), Locale.ENGLISH);
		ask(answers, request("hiring", null), Locale.ENGLISH);
		ask(answers, request("roadmap", null), Locale.ENGLISH);
		ask(answers, request("backlog", null), Locale.ENGLISH);
		assertThat(asked).containsExactly("roadmap", "backlog", "hiring", "backlog");
	}

	@Test
	void noneAreKeptWhenTheCapacityIsZero() {
		SearchAnswers answers = new SearchAnswers(versions, 0);
		ask(answers, request("roadmap", null), Locale.ENGLISH);
		ask(answers, request("roadmap", null), Locale.ENGLISH);
		assertThat(asked).containsExactly("roadmap", "roadmap");
	}

	private static SearchRequest request(String q, String role) {
		return new SearchRequest(q, role, null, null, 0, 20);
	}

	private SearchResult ask(SearchAnswers answers, SearchRequest request, Locale locale) {
		SearchRequest.Bounded bounded = request.bounded();
		return answers.get(SearchAnswers.Key.of(request, bounded, locale), () -> {
			asked.add(bounded.query());
			return new SearchResult(bounded.query(), 0, List.of(), List.of(), Map.of(), bounded.page(), bounded.size(),
					List.of(), List.of(), Map.of(), 0);
		});
	}

}
