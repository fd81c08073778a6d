package org.roleatlas.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.roleatlas.taxonomy.TextAnalyzers;

import static org.roleatlas.search.AtlasAnalysisConfigurer.CHINESE;
import static org.roleatlas.search.AtlasAnalysisConfigurer.DUTCH;
import static org.roleatlas.search.AtlasAnalysisConfigurer.ENGLISH;
import static org.roleatlas.search.AtlasAnalysisConfigurer.FRENCH;
import static org.roleatlas.search.AtlasAnalysisConfigurer.GERMAN;
import static org.roleatlas.search.AtlasAnalysisConfigurer.ITALIAN;
import static org.roleatlas.search.AtlasAnalysisConfigurer.JAPANESE;
import static org.roleatlas.search.AtlasAnalysisConfigurer.KOREAN;
import static org.roleatlas.search.AtlasAnalysisConfigurer.NEUTRAL;
import static org.roleatlas.search.AtlasAnalysisConfigurer.POLISH;
import static org.roleatlas.search.AtlasAnalysisConfigurer.PORTUGUESE;
import static org.roleatlas.search.AtlasAnalysisConfigurer.SPANISH;
import static org.roleatlas.search.AtlasAnalysisConfigurer.SWEDISH;

/**
 * The analyzers of {@link AtlasAnalysisConfigurer} for an Elasticsearch or OpenSearch
 * cluster, under the same names, written in the cluster's vocabulary. The cluster needs
 * the plugins {@code analysis-nori} (Korean), {@code analysis-kuromoji} (Japanese),
 * {@code analysis-smartcn} (Chinese) and {@code analysis-stempel} (Polish); the rest is
 * built in. The cluster cannot read this application's class path, so word lists (the
 * Nori user dictionary, the Italian elisions, the Japanese stop tags) go inline.
 * {@code AnalysisConfigurersTest} holds the two definitions to the same chains, component
 * by component.
 */
public class AtlasElasticsearchAnalysisConfigurer implements ElasticsearchAnalysisConfigurer {

	private static final String STANDARD = "standard";

	private static final String ITALIAN_ELISIONS = "search/italian-elisions.txt";

	/** The part-of-speech tags Lucene's Japanese stop filter drops by default. */
	private static final String JAPANESE_STOP_TAGS = "org/apache/lucene/analysis/ja/stoptags.txt";

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.tokenizer("atlas_nori")
			.type("nori_tokenizer")
			.param("decompound_mode", "discard")
			.param("user_dictionary_rules", entries(TextAnalyzers.USER_DICTIONARY));
		custom(context, KOREAN, "atlas_nori", "nori_part_of_speech", "nori_readingform", "lowercase");

		custom(context, ENGLISH, STANDARD, stemmer(context, "possessive_english"), "lowercase", "stop", "porter_stem");
		custom(context, SWEDISH, STANDARD, "lowercase", snowball(context, "Swedish"));
		custom(context, PORTUGUESE, STANDARD, "lowercase", stemmer(context, "light_portuguese"));

		context.tokenizer("atlas_kuromoji")
			.type("kuromoji_tokenizer")
			.param("mode", "search")
			// Lucene's default, not the cluster's: search mode gives the parts of a
			// compound without the compound itself.
			.param("discard_compound_token", true);
		context.tokenFilter("atlas_japanese_part_of_speech")
			.type("kuromoji_part_of_speech")
			.param("stoptags", entries(JAPANESE_STOP_TAGS));
		custom(context, JAPANESE, "atlas_kuromoji", "kuromoji_baseform", "atlas_japanese_part_of_speech", "cjk_width",
				"kuromoji_stemmer", "lowercase");

		custom(context, CHINESE, "smartcn_tokenizer", "lowercase");
		custom(context, GERMAN, STANDARD, "lowercase", "german_normalization", stemmer(context, "light_german"));
		// The built-in elision filter drops the French articles, as Lucene's does.
		custom(context, FRENCH, STANDARD, "elision", "lowercase", stemmer(context, "light_french"));
		custom(context, SPANISH, STANDARD, "lowercase", stemmer(context, "light_spanish"));

		context.tokenFilter("atlas_italian_elision")
			.type("elision")
			.param("articles", entries(ITALIAN_ELISIONS))
			.param("articles_case", true);
		custom(context, ITALIAN, STANDARD, "atlas_italian_elision", "lowercase", stemmer(context, "light_italian"));

		custom(context, DUTCH, STANDARD, "lowercase", snowball(context, "Dutch"));
		custom(context, POLISH, STANDARD, "lowercase", "polish_stem");
		custom(context, NEUTRAL, STANDARD, "cjk_width", "lowercase", "asciifolding");
	}

	private static void custom(ElasticsearchAnalysisConfigurationContext context, String analyzer, String tokenizer,
			String... filters) {
		context.analyzer(analyzer).custom().tokenizer(tokenizer).tokenFilters(filters);
	}

	/** Defines the {@code stemmer} filter of one language and returns its name. */
	private static String stemmer(ElasticsearchAnalysisConfigurationContext context, String language) {
		String name = "atlas_" + language;
		context.tokenFilter(name).type("stemmer").param("language", language);
		return name;
	}

	/** Defines the {@code snowball} filter of one language and returns its name. */
	private static String snowball(ElasticsearchAnalysisConfigurationContext context, String language) {
		String name = "atlas_snowball_" + language.toLowerCase(Locale.ROOT);
		context.tokenFilter(name).type("snowball").param("language", language);
		return name;
	}

	/** The lines of a word list on the class path, without comments and blank lines. */
	private static String[] entries(String resource) {
		try (InputStream in = AtlasElasticsearchAnalysisConfigurer.class.getClassLoader()
			.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No word list " + resource + " on the class path");
			}
			List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
			return lines.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
