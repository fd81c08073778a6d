package org.roleatlas.search;

import java.util.List;

import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.roleatlas.search.SearchViews.Hit;

/**
 * One hit as the index gives it back, an item or a definition, built from a composite
 * projection of named parts rather than read from a row by position (as
 * search.quarkus.io's {@code GuideSearchHit}). Its snippets are marked by the
 * {@link SnippetMarker} of the query.
 */
record SearchHit(Entry entry, Source source, Match match) {

	/** What the hit is and says. */
	record Entry(String kind, String lang, Texts texts) {
	}

	/**
	 * Its text and description; the description is null for definitions and most items.
	 */
	record Texts(String text, String description) {
	}

	/** Where it stands in its article. */
	record Source(String file, Integer line, String section) {
	}

	/** How it matched: its roles and concepts and its score. */
	record Match(Labels labels, Float score) {
	}

	record Labels(List<String> roles, List<String> concepts) {
	}

	static SearchProjection<SearchHit> projection(SearchProjectionFactory<?, ?> f) {
		SearchProjection<Texts> texts = f.composite()
			.from(f.field(SearchEntryBinder.RAW_TEXT, String.class),
					f.field(SearchEntryBinder.RAW_DESCRIPTION, String.class))
			.as(Texts::new)
			.toProjection();
		SearchProjection<Entry> entry = f.composite()
			.from(f.field(SearchEntryBinder.KIND, String.class).toProjection(),
					f.field(SearchEntryBinder.LANG, String.class).toProjection(), texts)
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
		SearchProjection<Match> match = f.composite()
			.from(labels, f.score().toProjection())
			.as(Match::new)
			.toProjection();
		return f.composite().from(entry, source, match).as(SearchHit::new).toProjection();
	}

	/**
	 * The hit the page and API show: the text marked, or escaped where nothing in it
	 * matched; the description's matching passage, or null.
	 */
	Hit view(SnippetMarker marker) {
		String text = entry.texts().text();
		String snippet = marker.mark(text, entry.lang());
		return new Hit(match.labels().roles(), entry.kind(), text,
				snippet != null ? snippet : SnippetMarker.escaped(text),
				marker.passage(entry.texts().description(), entry.lang()), entry.lang(), source.file(), source.line(),
				source.section(), match.labels().concepts(), match.score());
	}

}
