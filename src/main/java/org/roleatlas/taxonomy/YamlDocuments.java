package org.roleatlas.taxonomy;

import java.io.InputStream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML 1.2 (Core schema) for taxonomies and front matter, so that {@code on},
 * {@code no} and {@code yes} stay words instead of turning into booleans as YAML 1.1 has
 * them. Only plain data is built (maps, lists, strings, numbers, booleans, null): the
 * input may be an untrusted article.
 */
public final class YamlDocuments {

	/**
	 * Aliases a document may expand into collections: enough for hand-written anchors,
	 * too few for a "billion laughs" document to blow up memory.
	 */
	static final int MAX_ALIASES_FOR_COLLECTIONS = 50;

	private YamlDocuments() {
	}

	/** The document, or null when it is empty. */
	public static Object parse(String text) {
		return new Load(settings()).loadFromString(text);
	}

	/** The document, or null when it is empty. */
	public static Object parse(InputStream in) {
		return new Load(settings()).loadFromInputStream(in);
	}

	/**
	 * Duplicate keys are allowed, the last one winning, as the YAML 1.1 reader had it: a
	 * hand-edited file with a repeated key keeps loading as before.
	 */
	private static LoadSettings settings() {
		return LoadSettings.builder()
			.setSchema(new CoreSchema())
			.setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS)
			.setAllowDuplicateKeys(true)
			.build();
	}

}
