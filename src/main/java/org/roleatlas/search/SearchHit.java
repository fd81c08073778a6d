package org.roleatlas.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.roleatlas.search.SearchViews.Hit;
import org.springframework.web.util.HtmlUtils;

/**
 * One hit as the index gives it back, an item or a definition, built from a composite
 * projection of named parts rather than read from a row by position (as
 * search.quarkus.io's {@code GuideSearchHit}). The highlights are the best of every
 * analyzer's field: whichever analyzer matched marked the text.
 */
record SearchHit(Entry entry, Source source, Match match) {

	/** What the hit says. */
	record Entry(String kind, String lang, String text) {
	}

	/** Where it stands in its article. */
	record Source(String file, Integer line, String section) {
	}

	/**
	 * How it matched: its roles and concepts, its score and the highlighted text and
	 * description (null where nothing of them matched).
	 */
	record Match(Labels labels, Snippets snippets, Float score) {
	}

	record Labels(List<String> roles, List<String> concepts) {
	}

	record Snippets(String text, String description) {
	}

	static SearchProjection<SearchHit> projection(SearchProjectionFactory<?, ?> f, String[] textFields,
			String[] descriptionFields) {
		SearchProjection<Entry> entry = f.composite()
			.from(f.field(SearchEntryBinder.KIND, String.class), f.field(SearchEntryBinder.LANG, String.class),
					f.field(SearchEntryBinder.RAW_TEXT, String.class))
			.as(Entry::new)
			.toProjection();
		SearchProjection<Source> source = f.composite()
			.from(f.field(SearchEntryBinder.FILE, String.class), f.field(SearchEntryBinder.LINE, Integer.class),
					f.field(SearchEntryBinder.SECTION, String.class))
			.as(Source::new)
			.toProjection();
		SearchProjection<Labels> labels = f.composite()
			.from(f.field(SearchEntryBinder.ROLES, String.class).list(),
					f.field(SearchEntryBinder.CONCEPTS, String.class).list())
			.as(Labels::new)
			.toProjection();
		SearchProjection<Snippets> snippets = f.composite()
			.from(bestHighlight(f, textFields), bestHighlight(f, descriptionFields))
			.as(Snippets::new)
			.toProjection();
		SearchProjection<Match> match = f.composite()
			.from(labels, snippets, f.score().toProjection())
			.as(Match::new)
			.toProjection();
		return f.composite().from(entry, source, match).as(SearchHit::new).toProjection();
	}

	/** The highlight with the most marked text among the fields. */
	private static SearchProjection<String> bestHighlight(SearchProjectionFactory<?, ?> f, String[] fields) {
		SearchProjection<?>[] highlights = Arrays.stream(fields)
			.map(field -> f.highlight(field).toProjection())
			.toArray(SearchProjection[]::new);
		return f.composite().from(highlights).asList(SearchHit::mostMarked).toProjection();
	}

	@SuppressWarnings("unchecked")
	private static String mostMarked(List<?> highlights) {
		return highlights.stream()
			.flatMap(h -> ((List<String>) h).stream())
			.max(Comparator.comparingInt(s -> s.split("<mark>", -1).length))
			.orElse(null);
	}

	/** The hit the page and API show; unhighlighted text is escaped here. */
	Hit view() {
		String snippet = match.snippets().text();
		return new Hit(match.labels().roles(), entry.kind(), entry.text(),
				snippet != null ? snippet : HtmlUtils.htmlEscape(entry.text()), match.snippets().description(),
				entry.lang(), source.file(), source.line(), source.section(), match.labels().concepts(), match.score());
	}

}
