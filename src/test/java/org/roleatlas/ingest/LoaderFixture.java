package org.roleatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TaxonomyLoader;

/**
 * An article loader over the bundled taxonomies for a test class, registered with
 * {@code @RegisterExtension} so that its analyzers are closed after the class. A taxonomy
 * warning fails the test: the defaults must load cleanly.
 */
final class LoaderFixture implements AfterAllCallback {

	static final Taxonomy TAXONOMY = new TaxonomyLoader((file, reason) -> {
		throw new AssertionError(file + ": " + reason);
	}).load(null);

	private final ArticleLoader loader = new ArticleLoader(TAXONOMY);

	private final String resourceFolder;

	/**
	 * @param resourceFolder where {@link #load(String)} finds test articles, such as
	 * {@code /articles-roles/}
	 */
	LoaderFixture(String resourceFolder) {
		this.resourceFolder = resourceFolder;
	}

	/** For articles given as text only. */
	LoaderFixture() {
		this("/");
	}

	LoadedArticle load(String file) throws IOException {
		try (InputStream in = LoaderFixture.class.getResourceAsStream(resourceFolder + file)) {
			return load(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	LoadedArticle load(String file, String text) {
		return loader.load(file, text);
	}

	@Override
	public void afterAll(ExtensionContext context) {
		loader.close();
	}

}
