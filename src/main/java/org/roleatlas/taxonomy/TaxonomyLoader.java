package org.roleatlas.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.roleatlas.taxonomy.Taxonomy.ChromeRule;
import org.roleatlas.taxonomy.Taxonomy.ChromeRules;
import org.roleatlas.taxonomy.Taxonomy.Cues;
import org.roleatlas.taxonomy.Taxonomy.Phrases;
import org.roleatlas.taxonomy.Taxonomy.SalaryVocabulary;
import org.roleatlas.taxonomy.Taxonomy.SectionVocabulary;
import org.roleatlas.taxonomy.Taxonomy.TextMarkers;

/**
 * Reads the taxonomies: each file from {@code <content>/taxonomy/} when present there,
 * else the default shipped on the classpath under {@code taxonomy/}. A broken override is
 * reported and the default used instead; so is one that is not a regular file whose real
 * path lies inside that folder (a link out of it, a broken link, a folder), which is
 * never opened.
 */
public final class TaxonomyLoader {

	public static final String FOLDER = "taxonomy";

	/**
	 * Hears of an override file that could not be used (the default was used instead),
	 * with the reason.
	 */
	@FunctionalInterface
	public interface UnusableOverrides {

		void unusable(String file, String reason);

	}

	private final UnusableOverrides unusableOverrides;

	public TaxonomyLoader(UnusableOverrides unusableOverrides) {
		this.unusableOverrides = unusableOverrides;
	}

	public Taxonomy load(Path contentDir) {
		return new Taxonomy(read(contentDir, "roles.yaml", TaxonomyLoader::roles),
				read(contentDir, "concepts.yaml", TaxonomyLoader::concepts),
				read(contentDir, "sections.yaml", TaxonomyLoader::sections),
				read(contentDir, "chrome.yaml", TaxonomyLoader::chrome),
				read(contentDir, "structure.yaml", TaxonomyLoader::markers),
				read(contentDir, "phrases.yaml", TaxonomyLoader::phrases),
				read(contentDir, "languages.yaml", TaxonomyLoader::stopwords),
				read(contentDir, "cues.yaml", TaxonomyLoader::cues));
	}

	/**
	 * The content folder's file when it is present and valid (a bad pattern counts as
	 * invalid), else the default.
	 */
	private <T> T read(Path contentDir, String name, Function<Map<String, Object>, T> convert) {
		Path override = contentDir == null ? null : contentDir.resolve(FOLDER).resolve(name);
		if (override != null && Files.exists(override, LinkOption.NOFOLLOW_LINKS)) {
			try (InputStream in = Files.newInputStream(readable(contentDir, override), LinkOption.NOFOLLOW_LINKS)) {
				return convert.apply(parse(in));
			}
			catch (IOException | RuntimeException ex) {
				unusableOverrides.unusable(name, ex.getMessage());
			}
		}
		try (InputStream in = TaxonomyLoader.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Default taxonomy " + name + " is missing from the classpath");
			}
			return convert.apply(parse(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The real path of an override that may be read: a regular file inside the content
	 * folder's own taxonomy folder, reached directly or by a link that stays inside it.
	 * The reasons name no server path.
	 */
	private static Path readable(Path contentDir, Path override) throws IOException {
		Path real;
		try {
			real = override.toRealPath();
		}
		catch (IOException ex) {
			throw new IOException("skipped: a broken link or a loop of links", ex);
		}
		if (!real.startsWith(contentDir.toRealPath().resolve(FOLDER))) {
			throw new IOException("skipped: a link out of the " + FOLDER + " folder");
		}
		if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
			throw new IOException("skipped: not a regular file");
		}
		return real;
	}

	private static Map<String, Object> parse(InputStream in) {
		Object document = YamlDocuments.parse(in);
		if (!(document instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException("expected a YAML mapping at the top level");
		}
		return map(map);
	}

	private static List<RoleEntry> roles(Map<String, Object> yaml) {
		List<RoleEntry> roles = new ArrayList<>();
		for (Object entry : list(yaml.get("roles"))) {
			Map<String, Object> role = map(entry);
			List<RoleAlias> aliases = new ArrayList<>();
			for (Object alias : list(role.get("aliases"))) {
				Map<String, Object> a = map(alias);
				aliases.add(new RoleAlias(TextNormalizer.normalize(text(a.get("label"))), optionalText(a.get("lang")),
						Boolean.TRUE.equals(a.get("ambiguous"))));
			}
			roles.add(
					new RoleEntry(text(role.get("slug")), text(role.get("en")), optionalText(role.get("ko")), aliases));
		}
		return roles;
	}

	private static List<ConceptEntry> concepts(Map<String, Object> yaml) {
		List<ConceptEntry> concepts = new ArrayList<>();
		for (Object entry : list(yaml.get("concepts"))) {
			Map<String, Object> concept = map(entry);
			Map<String, List<String>> keywords = new LinkedHashMap<>();
			map(concept.get("keywords")).forEach((lang, words) -> keywords.put(lang, strings(words)));
			concepts.add(new ConceptEntry(text(concept.get("id")), text(concept.get("en")), text(concept.get("ko")),
					keywords));
		}
		return concepts;
	}

	private static SectionVocabulary sections(Map<String, Object> yaml) {
		return new SectionVocabulary(byKind(yaml.get("questions")), byKind(yaml.get("kinds")),
				strings(yaml.get("list_introducers")));
	}

	private static Map<SectionKind, List<String>> byKind(Object yaml) {
		Map<SectionKind, List<String>> byKind = new EnumMap<>(SectionKind.class);
		map(yaml).forEach(
				(kind, phrases) -> byKind.put(SectionKind.valueOf(kind.toUpperCase(Locale.ROOT)), strings(phrases)));
		return byKind;
	}

	private static ChromeRules chrome(Map<String, Object> yaml) {
		List<ChromeRule> rules = new ArrayList<>();
		for (Object entry : list(yaml.get("line_rules"))) {
			Map<String, Object> rule = map(entry);
			Object continues = rule.get("continues");
			rules.add(new ChromeRule(text(rule.get("name")), unicodePattern(text(rule.get("pattern"))),
					continues == null ? null : unicodePattern(text(continues))));
		}
		return new ChromeRules(rules, strings(yaml.get("toc_headings")), strings(yaml.get("reference_headings")));
	}

	private static Pattern unicodePattern(String regex) {
		return Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
	}

	/**
	 * Compiles the markers once here, so that a bad one makes the override unusable
	 * rather than an article fail.
	 */
	private static TextMarkers markers(Map<String, Object> yaml) {
		TextMarkers markers = new TextMarkers(strings(yaml.get("heading_markers")), strings(yaml.get("list_markers")));
		if (markers.headings().isEmpty() || markers.listItems().isEmpty()) {
			throw new IllegalArgumentException("heading_markers and list_markers need at least one marker each");
		}
		markers.anyMarker();
		return markers;
	}

	private static Phrases phrases(Map<String, Object> yaml) {
		Map<String, Object> salary = map(yaml.get("salary"));
		SalaryVocabulary salaryVocabulary = new SalaryVocabulary(strings(salary.get("average")),
				strings(salary.get("up_to")), strings(salary.get("bonus")), strings(salary.get("profit_sharing")),
				stringLists(salary.get("periods")), stringLists(salary.get("countries")),
				stringLists(salary.get("currencies")), multipliers(salary.get("scales")),
				strings(salary.get("range_joiners")), strings(salary.get("clause_breaks")));
		List<Pattern> reporting = strings(yaml.get("reporting_patterns")).stream()
			.map(TaxonomyLoader::unicodePattern)
			.toList();
		return new Phrases(strings(yaml.get("ability_markers")), strings(yaml.get("definition_markers")),
				strings(yaml.get("comparison_markers")), reporting, strings(yaml.get("career_title_markers")),
				strings(yaml.get("career_sequence_markers")), strings(yaml.get("career_title_enders")),
				salaryVocabulary, strings(yaml.get("enumeration_markers")), strings(yaml.get("enumeration_closers")),
				stringLists(yaml.get("list_separators")), strings(yaml.get("reporting_subject_pronouns")));
	}

	private static Cues cues(Map<String, Object> yaml) {
		List<ChromeRule> shapes = new ArrayList<>();
		for (Object entry : list(yaml.get("chrome_shapes"))) {
			Map<String, Object> shape = map(entry);
			shapes.add(new ChromeRule(text(shape.get("name")), unicodePattern(text(shape.get("pattern"))), null));
		}
		return new Cues(stringLists(yaml.get("subject_pronouns")), stringLists(yaml.get("coordinators")),
				stringLists(yaml.get("clause_endings")), stringLists(yaml.get("continuations")),
				stringLists(yaml.get("list_introducers")), stringLists(yaml.get("non_duty_headings")),
				stringLists(yaml.get("collaboration_clauses")), strings(yaml.get("verb_second")),
				stringLists(yaml.get("own_subject_openers")), stringLists(yaml.get("subordinators")),
				stringLists(yaml.get("topic_openers")), stringLists(yaml.get("duty_predicates")),
				stringLists(yaml.get("negations")), shapes);
	}

	private static Map<String, Set<String>> stopwords(Map<String, Object> yaml) {
		Map<String, Set<String>> stopwords = new LinkedHashMap<>();
		map(yaml.get("stopwords")).forEach((lang, words) -> stopwords.put(lang, new LinkedHashSet<>(strings(words))));
		return stopwords;
	}

	private static Map<String, List<String>> stringLists(Object yaml) {
		Map<String, List<String>> lists = new LinkedHashMap<>();
		map(yaml).forEach((key, values) -> lists.put(key, strings(values)));
		return lists;
	}

	/**
	 * Scale words by the number they multiply with; a key that is not a number makes the
	 * file unusable.
	 */
	private static Map<BigDecimal, List<String>> multipliers(Object yaml) {
		Map<BigDecimal, List<String>> multipliers = new LinkedHashMap<>();
		stringLists(yaml).forEach((factor, words) -> multipliers.put(new BigDecimal(factor), words));
		return multipliers;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object yaml) {
		if (yaml == null) {
			return Map.of();
		}
		if (!(yaml instanceof Map<?, ?>)) {
			throw new IllegalArgumentException("expected a mapping but found: " + yaml);
		}
		Map<String, Object> map = new LinkedHashMap<>();
		((Map<Object, Object>) yaml).forEach((key, value) -> map.put(String.valueOf(key), value));
		return map;
	}

	private static List<?> list(Object yaml) {
		if (yaml == null) {
			return List.of();
		}
		if (!(yaml instanceof List<?> list)) {
			throw new IllegalArgumentException("expected a list but found: " + yaml);
		}
		return list;
	}

	/**
	 * A list of texts; any other entry (a number, a mapping) makes the file unusable
	 * rather than being dropped or turned into text it never was.
	 */
	private static List<String> strings(Object yaml) {
		return list(yaml).stream().map(entry -> {
			if (!(entry instanceof String text)) {
				throw new IllegalArgumentException("expected text but found: " + entry);
			}
			return text;
		}).toList();
	}

	private static String text(Object value) {
		String text = optionalText(value);
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("a required value is missing");
		}
		return text;
	}

	private static String optionalText(Object value) {
		if (value != null && !(value instanceof String)) {
			throw new IllegalArgumentException("expected text but found: " + value);
		}
		return (String) value;
	}

}
