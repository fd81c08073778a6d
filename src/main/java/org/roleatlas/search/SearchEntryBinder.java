package org.roleatlas.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.roleatlas.corpus.Article;
import org.roleatlas.corpus.Concept;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;
import org.roleatlas.corpus.Role;

/**
 * Writes items and definitions into one document shape, so a single query ranks both: the
 * text and description under their language's analyzer plus a neutral one, and keyword
 * fields to filter and count by. Every ingest writes its documents through
 * {@link SearchIndexer}, hence no change tracking.
 */
class SearchEntryBinder implements TypeBinder {

	/** The neutral analyzer first, then one per language. */
	static final List<String> ANALYZERS = Stream
		.concat(Stream.of(AtlasAnalysisConfigurer.NEUTRAL), AtlasAnalysisConfigurer.BY_LANGUAGE.values().stream())
		.toList();

	static final String TEXT = "text_";

	static final String DESCRIPTION = "description_";

	static final String KIND = "kind";

	static final String LANG = "lang";

	static final String ROLES = "roles";

	static final String CONCEPTS = "concepts";

	static final String FILE = "file";

	static final String LINE = "line";

	static final String RAW_TEXT = "raw_text";

	static final String RAW_DESCRIPTION = "raw_description";

	static final String SECTION = "section";

	/** The content version the document was written for; searches see the served one. */
	static final String CONTENT_VERSION = "content_version";

	static List<String> analyzersFor(String lang) {
		String own = AtlasAnalysisConfigurer.BY_LANGUAGE.get(lang);
		return own == null ? List.of(AtlasAnalysisConfigurer.NEUTRAL) : List.of(AtlasAnalysisConfigurer.NEUTRAL, own);
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().useRootOnly();
		IndexSchemaElement schema = context.indexSchemaElement();
		Map<String, IndexFieldReference<String>> text = new LinkedHashMap<>();
		Map<String, IndexFieldReference<String>> description = new LinkedHashMap<>();
		for (String analyzer : ANALYZERS) {
			text.put(analyzer, schema.field(TEXT + analyzer, f -> f.asString().analyzer(analyzer)).toReference());
			description.put(analyzer,
					schema.field(DESCRIPTION + analyzer, f -> f.asString().analyzer(analyzer)).toReference());
		}
		var fields = new Fields(text, description,
				schema.field(KIND, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
					.toReference(),
				schema.field(LANG, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
					.toReference(),
				schema.field(ROLES, f -> f.asString().aggregable(Aggregable.YES).projectable(Projectable.YES))
					.multiValued()
					.toReference(),
				schema.field(CONCEPTS, f -> f.asString().projectable(Projectable.YES)).multiValued().toReference(),
				schema.field(FILE, f -> f.asString().projectable(Projectable.YES)).toReference(),
				schema.field(LINE, f -> f.asInteger().projectable(Projectable.YES)).toReference(),
				schema.field(RAW_TEXT, f -> f.asString().projectable(Projectable.YES)).toReference(),
				schema.field(RAW_DESCRIPTION, f -> f.asString().projectable(Projectable.YES)).toReference(),
				schema.field(SECTION, f -> f.asString().projectable(Projectable.YES)).toReference(),
				schema.field(CONTENT_VERSION, f -> f.asLong()).toReference());
		context.bridge(Object.class, new Bridge(fields));
	}

	private record Fields(Map<String, IndexFieldReference<String>> text,
			Map<String, IndexFieldReference<String>> description, IndexFieldReference<String> kind,
			IndexFieldReference<String> lang, IndexFieldReference<String> roles, IndexFieldReference<String> concepts,
			IndexFieldReference<String> file, IndexFieldReference<Integer> line, IndexFieldReference<String> rawText,
			IndexFieldReference<String> rawDescription, IndexFieldReference<String> section,
			IndexFieldReference<Long> contentVersion) {
	}

	private record Bridge(Fields fields) implements TypeBridge<Object> {

		@Override
		public void write(DocumentElement target, Object entity, TypeBridgeWriteContext context) {
			if (entity instanceof Item item) {
				write(target, item.getKind().label(), item.getText(), item.getDescription(), item.getLang(),
						item.getArticle(), item.getLine(), item.getSection());
				item.getRoles().forEach(r -> target.addValue(fields.roles(), r.getSlug()));
				item.getConcepts().stream().map(Concept::getId).forEach(c -> target.addValue(fields.concepts(), c));
			}
			else if (entity instanceof Definition definition) {
				write(target, "definition", definition.getText(), null, definition.getLang(), definition.getArticle(),
						definition.getLine(), null);
				Role role = definition.getRole();
				target.addValue(fields.roles(), role.getSlug());
			}
		}

		/**
		 * Text goes to the neutral field and to its own language's field only: were it in
		 * every language's field, Latin text (matched by four analyzers) would outscore
		 * Korean text (matched by one) for the same query.
		 */
		private void write(DocumentElement target, String kind, String text, String description, String lang,
				Article article, int line, String section) {
			List<String> analyzers = analyzersFor(lang);
			analyzers.forEach(a -> target.addValue(fields.text().get(a), text));
			if (description != null) {
				analyzers.forEach(a -> target.addValue(fields.description().get(a), description));
				target.addValue(fields.rawDescription(), description);
			}
			target.addValue(fields.kind(), kind);
			target.addValue(fields.lang(), lang);
			target.addValue(fields.file(), article.getFile());
			target.addValue(fields.contentVersion(), article.getContentVersion());
			target.addValue(fields.line(), line);
			target.addValue(fields.rawText(), text);
			if (section != null) {
				target.addValue(fields.section(), section);
			}
		}

	}

}
