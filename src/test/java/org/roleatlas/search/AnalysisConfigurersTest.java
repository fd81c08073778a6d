package org.roleatlas.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.WordlistLoader;
import org.junit.jupiter.api.Test;
import org.roleatlas.search.RecordedAnalysis.Chain;
import org.roleatlas.search.RecordedAnalysis.Component;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Lucene and the Elasticsearch configurers define the same analyzers: the same names,
 * and for each the same tokenizer and filters in the same order with the same parameters.
 * Both are run against recording contexts (no cluster), and the Lucene chains are
 * translated through {@link #ELASTICSEARCH_EQUIVALENT}, the one table of which
 * Elasticsearch component does what a Lucene component does.
 */
class AnalysisConfigurersTest {

	/**
	 * Lucene components by SPI name, and the Elasticsearch component doing the same: its
	 * type, the parameters that make it that component (including defaults that differ
	 * between the two), and how Lucene's parameters are called there. A parameter naming
	 * a word list on Lucene's class path is, on the cluster, the list itself.
	 */
	private static final Map<String, Equivalent> ELASTICSEARCH_EQUIVALENT = Map.ofEntries(
			entry("standard", es("standard")), entry("lowercase", es("lowercase")), entry("stop", es("stop")),
			entry("asciiFolding", es("asciifolding")), entry("cjkWidth", es("cjk_width")),
			entry("korean",
					es("nori_tokenizer").param("decompoundMode", "decompound_mode")
						.wordList("userDictionary", "user_dictionary_rules")),
			entry("koreanPartOfSpeechStop", es("nori_part_of_speech")),
			entry("koreanReadingForm", es("nori_readingform")),
			entry("englishPossessive", es("stemmer").fixed("language", "possessive_english")),
			entry("porterStem", es("porter_stem")),
			entry("snowballPorter", es("snowball").param("language", "language")),
			entry("portugueseLightStem", es("stemmer").fixed("language", "light_portuguese")),
			// Lucene discards a compound's own token in search mode by default,
			// Elasticsearch keeps it.
			entry("japanese", es("kuromoji_tokenizer").param("mode", "mode").fixed("discard_compound_token", "true")),
			entry("japaneseBaseForm", es("kuromoji_baseform")),
			entry("japanesePartOfSpeechStop", es("kuromoji_part_of_speech").wordList("tags", "stoptags")),
			entry("japaneseKatakanaStem", es("kuromoji_stemmer")), entry("hmmChinese", es("smartcn_tokenizer")),
			entry("germanNormalization", es("german_normalization")),
			entry("germanLightStem", es("stemmer").fixed("language", "light_german")),
			entry("elision", es("elision").wordList("articles", "articles").param("ignoreCase", "articles_case")),
			entry("frenchLightStem", es("stemmer").fixed("language", "light_french")),
			entry("spanishLightStem", es("stemmer").fixed("language", "light_spanish")),
			entry("italianLightStem", es("stemmer").fixed("language", "light_italian")),
			entry("stempelPolishStem", es("polish_stem")));

	@Test
	void bothBackendsDefineTheSameAnalyzersWithTheSameChains() {
		Map<String, Chain> lucene = LuceneAnalysisRecorder.record(new AtlasAnalysisConfigurer());

		assertThat(lucene).containsOnlyKeys(analyzerNames());
		assertThat(
				differences(lucene, ElasticsearchAnalysisRecorder.record(new AtlasElasticsearchAnalysisConfigurer())))
			.isEmpty();
	}

	@Test
	void aChainThatDiffersIsNamed() {
		Map<String, Chain> lucene = LuceneAnalysisRecorder.record(new AtlasAnalysisConfigurer());
		Map<String, Chain> withoutStopWords = ElasticsearchAnalysisRecorder.record(context -> {
			new AtlasElasticsearchAnalysisConfigurer().configure(context);
			context.analyzer(AtlasAnalysisConfigurer.ENGLISH)
				.custom()
				.tokenizer("standard")
				.tokenFilters("lowercase", "porter_stem");
		});

		assertThat(differences(lucene, withoutStopWords)).singleElement()
			.asString()
			.startsWith(AtlasAnalysisConfigurer.ENGLISH + ":");
	}

	@Test
	void theTableNamesExactlyTheComponentsTheLuceneConfigurerUses() {
		Set<String> used = new HashSet<>();
		LuceneAnalysisRecorder.record(new AtlasAnalysisConfigurer()).values().forEach(chain -> {
			used.add(chain.tokenizer().name());
			chain.charFilters().forEach(c -> used.add(c.name()));
			chain.tokenFilters().forEach(c -> used.add(c.name()));
		});
		Set<String> known = new HashSet<>(TokenizerFactory.availableTokenizers());
		known.addAll(TokenFilterFactory.availableTokenFilters());
		Set<String> rows = ELASTICSEARCH_EQUIVALENT.keySet();

		assertThat(rows).containsExactlyInAnyOrderElementsOf(used);
		assertThat(known).containsAll(rows);
	}

	private static Set<String> analyzerNames() {
		Set<String> names = new HashSet<>(AtlasAnalysisConfigurer.BY_LANGUAGE.values());
		names.add(AtlasAnalysisConfigurer.NEUTRAL);
		return names;
	}

	/** One line per analyzer that is missing on one side or differs, else none. */
	private static List<String> differences(Map<String, Chain> lucene, Map<String, Chain> elasticsearch) {
		List<String> differences = new ArrayList<>();
		Set<String> names = new HashSet<>(lucene.keySet());
		names.addAll(elasticsearch.keySet());
		for (String name : names) {
			Chain expected = lucene.containsKey(name) ? inElasticsearchTerms(lucene.get(name)) : null;
			Chain actual = elasticsearch.get(name);
			if (expected == null || !expected.equals(actual)) {
				differences.add(name + ": Lucene means " + expected + ", Elasticsearch has " + actual);
			}
		}
		return differences;
	}

	private static Chain inElasticsearchTerms(Chain lucene) {
		return new Chain(translate(lucene.charFilters()), translate(lucene.tokenizer()),
				translate(lucene.tokenFilters()));
	}

	private static List<Component> translate(List<Component> components) {
		return components.stream().map(AnalysisConfigurersTest::translate).toList();
	}

	private static Component translate(Component lucene) {
		Equivalent equivalent = ELASTICSEARCH_EQUIVALENT.get(lucene.name());
		if (equivalent == null) {
			return new Component("no equivalent for Lucene's " + lucene.name(), lucene.params());
		}
		Map<String, List<String>> params = new LinkedHashMap<>();
		equivalent.fixed().forEach((key, value) -> params.put(key, List.of(value)));
		lucene.params().forEach((key, values) -> {
			if (equivalent.wordLists().containsKey(key)) {
				params.put(equivalent.wordLists().get(key), wordList(values.get(0)));
			}
			else {
				params.put(equivalent.params().getOrDefault(key, "no equivalent for Lucene's " + key), values);
			}
		});
		return new Component(equivalent.type(), Map.copyOf(params));
	}

	/**
	 * The entries of a word list as Lucene reads them (comments and blank lines left
	 * out).
	 */
	private static List<String> wordList(String resource) {
		try (InputStream in = AnalysisConfigurersTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return WordlistLoader.getLines(in, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Equivalent es(String type) {
		return new Equivalent(type, Map.of(), Map.of(), Map.of());
	}

	/**
	 * @param fixed parameters that make the Elasticsearch type do what the Lucene
	 * component does
	 * @param params Lucene parameter names → Elasticsearch parameter names, same values
	 * @param wordLists Lucene parameters naming a word list → Elasticsearch parameters
	 * listing its entries
	 */
	private record Equivalent(String type, Map<String, String> fixed, Map<String, String> params,
			Map<String, String> wordLists) {

		Equivalent fixed(String name, String value) {
			return new Equivalent(type, with(fixed, name, value), params, wordLists);
		}

		Equivalent param(String lucene, String elasticsearch) {
			return new Equivalent(type, fixed, with(params, lucene, elasticsearch), wordLists);
		}

		Equivalent wordList(String lucene, String elasticsearch) {
			return new Equivalent(type, fixed, params, with(wordLists, lucene, elasticsearch));
		}

		private static Map<String, String> with(Map<String, String> map, String key, String value) {
			Map<String, String> copy = new LinkedHashMap<>(map);
			copy.put(key, value);
			return Map.copyOf(copy);
		}

	}

}
