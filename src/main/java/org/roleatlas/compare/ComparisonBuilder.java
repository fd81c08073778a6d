package org.roleatlas.compare;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.roleatlas.compare.Comparison.Cell;
import org.roleatlas.compare.Comparison.Column;
import org.roleatlas.compare.Comparison.Fact;
import org.roleatlas.compare.Comparison.Row;
import org.roleatlas.compare.Comparison.SalaryRange;
import org.roleatlas.compare.Comparison.Statement;
import org.roleatlas.compare.Comparison.Summary;
import org.roleatlas.role.RoleViews.DefinitionView;
import org.roleatlas.role.RoleViews.ItemView;
import org.roleatlas.role.RoleViews.RoleLink;
import org.roleatlas.role.RoleViews.RoleProfile;
import org.roleatlas.role.RoleViews.SalaryView;
import org.roleatlas.role.RoleViews.StatementView;
import org.springframework.context.MessageSource;

import static org.roleatlas.compare.Comparison.ONLY;
import static org.roleatlas.compare.Comparison.PARTIAL;
import static org.roleatlas.compare.Comparison.SHARED;

/**
 * Aligns role profiles by concept. Plain logic over view records, so every rule (status,
 * order, overlap, facts) is tested without a database.
 */
final class ComparisonBuilder {

	private static final Pattern FIRST_SENTENCE = Pattern.compile("(?<=[.!?。])\\s+");

	private static final Pattern NOTHING = Pattern.compile("(?!)");

	private final MessageSource messages;

	/**
	 * @param messages words of the facts (periods, language names) in the UI language
	 */
	public ComparisonBuilder(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * @param conceptLabels concept id to label in the UI language
	 * @param locale UI language, for the one-line definition and number formats
	 */
	public Comparison build(List<RoleProfile> profiles, Map<String, String> conceptLabels, Locale locale) {
		List<String> slugs = profiles.stream().map(RoleProfile::slug).toList();
		Map<String, Map<String, List<Cell>>> cellsByConcept = new LinkedHashMap<>();
		Map<String, List<Cell>> uncategorised = new LinkedHashMap<>();
		for (RoleProfile profile : profiles) {
			List<Cell> unplaced = new ArrayList<>();
			for (ItemView item : items(profile)) {
				Cell cell = new Cell(item.text(), item.lang(), item.file(), item.line(), item.kind());
				if (item.concepts().isEmpty()) {
					unplaced.add(cell);
				}
				for (String concept : item.concepts()) {
					cellsByConcept.computeIfAbsent(concept, c -> new LinkedHashMap<>())
						.computeIfAbsent(profile.slug(), s -> new ArrayList<>())
						.add(cell);
				}
			}
			uncategorised.put(profile.slug(), unplaced);
		}
		List<Row> rows = new ArrayList<>();
		cellsByConcept.forEach((concept, cells) -> {
			Map<String, List<Cell>> ordered = new LinkedHashMap<>();
			slugs.forEach(slug -> ordered.put(slug, cells.getOrDefault(slug, List.of())));
			int sources = (int) cells.values().stream().flatMap(List::stream).map(Cell::file).distinct().count();
			rows.add(new Row(concept, conceptLabels.getOrDefault(concept, concept), status(cells.keySet(), slugs),
					sources, ordered));
		});
		// ties keep the taxonomy's order, not the label's, so every UI language lists the
		// rows alike
		List<String> taxonomyOrder = List.copyOf(conceptLabels.keySet());
		rows.sort(groupOrder(slugs).thenComparing(Comparator.comparingInt(Row::sources).reversed())
			.thenComparingInt(r -> {
				int position = taxonomyOrder.indexOf(r.concept());
				return position < 0 ? taxonomyOrder.size() : position;
			})
			.thenComparing(Row::concept));
		return new Comparison(slugs, summary(rows, slugs), rows, uncategorised, facts(profiles, locale),
				statements(profiles, slugs), columns(profiles, locale));
	}

	/** Every item of a role once, though an item of two concepts sits in two groups. */
	private static List<ItemView> items(RoleProfile profile) {
		Set<ItemView> items = new LinkedHashSet<>();
		Stream.of(profile.responsibilityGroups(), profile.skillGroups())
			.flatMap(List::stream)
			.forEach(group -> items.addAll(group.items()));
		items.addAll(profile.metrics());
		return List.copyOf(items);
	}

	private static String status(Set<String> present, List<String> slugs) {
		if (present.size() == slugs.size()) {
			return SHARED;
		}
		return present.size() == 1 ? ONLY + present.iterator().next() : PARTIAL;
	}

	/**
	 * Shared first, then partial rows by how many roles share them (most first), then
	 * each role's own rows in column order.
	 */
	private static Comparator<Row> groupOrder(List<String> slugs) {
		return Comparator.comparingInt((Row r) -> -r.rolesWithItems()).thenComparingInt(r -> ownerColumn(r, slugs));
	}

	/** The column of the one role that has the row; -1 for rows of several roles. */
	private static int ownerColumn(Row row, List<String> slugs) {
		return row.status().startsWith(ONLY) ? slugs.indexOf(row.status().substring(ONLY.length())) : -1;
	}

	private static Summary summary(List<Row> rows, List<String> slugs) {
		int shared = (int) rows.stream().filter(r -> SHARED.equals(r.status())).count();
		int partial = (int) rows.stream().filter(r -> PARTIAL.equals(r.status())).count();
		Map<String, Integer> only = new LinkedHashMap<>();
		slugs.forEach(slug -> only.put(slug, (int) rows.stream().filter(r -> r.status().equals(ONLY + slug)).count()));
		Double overlap = rows.isEmpty() ? null : (double) shared / rows.size();
		return new Summary(shared, partial, only, overlap);
	}

	private List<Fact> facts(List<RoleProfile> profiles, Locale locale) {
		FactTable reportsTo = new FactTable("reportsTo");
		FactTable salary = new FactTable("salary");
		FactTable sources = new FactTable("sources");
		FactTable languages = new FactTable("languages");
		NumberFormat amounts = NumberFormat.getIntegerInstance(locale);
		for (RoleProfile p : profiles) {
			String bosses = p.reportsTo().isEmpty() ? null
					: String.join(", ", p.reportsTo().stream().map(RoleLink::name).toList());
			reportsTo.put(p.slug(), bosses, bosses);
			SalaryRange range = salaryRange(p.salaries()).orElse(null);
			salary.put(p.slug(), range, range == null ? null : salaryText(range, amounts, locale));
			sources.put(p.slug(), p.sources().size(), String.valueOf(p.sources().size()));
			Set<String> langs = new TreeSet<>();
			items(p).forEach(i -> langs.add(i.lang()));
			p.definitions().forEach(d -> langs.add(d.lang()));
			languages.put(p.slug(), langs.isEmpty() ? null : List.copyOf(langs), langs.isEmpty() ? null
					: String.join(", ", langs.stream().map(code -> word("lang." + code, code, locale)).toList()));
		}
		return List.of(reportsTo.fact(), salary.fact(), sources.fact(), languages.fact());
	}

	/** One fact's values and their wording, filled role by role in column order. */
	private record FactTable(String name, Map<String, Object> values, Map<String, String> shown) {

		FactTable(String name) {
			this(name, new LinkedHashMap<>(), new LinkedHashMap<>());
		}

		void put(String slug, Object value, String wording) {
			values.put(slug, value);
			shown.put(slug, wording);
		}

		Fact fact() {
			return new Fact(name, values, shown);
		}

	}

	private String salaryText(SalaryRange range, NumberFormat amounts, Locale locale) {
		String low = amounts.format(range.min());
		String high = amounts.format(range.max());
		return range.currency() + " " + (low.equals(high) ? low : low + "–" + high) + " "
				+ word("salary.period." + range.period(), range.period(), locale);
	}

	private String word(String key, String fallback, Locale locale) {
		return messages.getMessage(key, null, fallback, locale);
	}

	/**
	 * The span of all salary figures (not bonuses) in the currency and period most
	 * figures use, since amounts in different currencies or per month and per year cannot
	 * share one span; a tie goes to the first cited.
	 */
	static Optional<SalaryRange> salaryRange(List<SalaryView> salaries) {
		List<SalaryView> pay = salaries.stream().filter(s -> "salary".equals(s.type())).toList();
		if (pay.isEmpty()) {
			return Optional.empty();
		}
		// Arrays.asList, as a source may leave the period or currency out.
		Function<SalaryView, List<String>> unit = s -> Arrays.asList(s.currency(), s.period());
		Map<List<String>, Long> figuresPerUnit = pay.stream()
			.collect(Collectors.groupingBy(unit, LinkedHashMap::new, Collectors.counting()));
		List<String> mostCited = figuresPerUnit.entrySet()
			.stream()
			.reduce((best, next) -> next.getValue() > best.getValue() ? next : best)
			.orElseThrow()
			.getKey();
		String currency = mostCited.get(0);
		String period = mostCited.get(1);
		List<BigDecimal> amounts = pay.stream()
			.filter(s -> unit.apply(s).equals(mostCited))
			.flatMap(s -> Stream.of(s.min(), s.max(), s.average()))
			.filter(Objects::nonNull)
			.sorted()
			.toList();
		return Optional.of(new SalaryRange(currency, amounts.get(0), amounts.get(amounts.size() - 1), period));
	}

	/**
	 * Statements naming at least two of the compared roles (both, for a pair), each once.
	 */
	private static List<Statement> statements(List<RoleProfile> profiles, List<String> slugs) {
		Map<String, Statement> statements = new LinkedHashMap<>();
		for (RoleProfile p : profiles) {
			for (StatementView s : p.statements()) {
				List<String> named = s.roles().stream().map(RoleLink::slug).toList();
				long compared = named.stream().filter(slugs::contains).count();
				if (compared >= 2) {
					statements.putIfAbsent(s.file() + ":" + s.line(),
							new Statement(s.text(), s.lang(), s.file(), s.line(), named));
				}
			}
		}
		return List.copyOf(statements.values());
	}

	private static List<Column> columns(List<RoleProfile> profiles, Locale locale) {
		return profiles.stream()
			.map(p -> new Column(p.slug(), p.name(), bestDefinition(p.definitions(), namesOf(p), locale), p.aliases()))
			.toList();
	}

	private static List<String> namesOf(RoleProfile profile) {
		List<String> names = new ArrayList<>();
		names.add(profile.name());
		if (profile.otherName() != null) {
			names.add(profile.otherName());
		}
		profile.aliases().forEach(alias -> names.add(alias.label()));
		return names;
	}

	/**
	 * One line: the first sentence of a definition in the UI language, else in any. It
	 * stands above the table out of its article's context, so one that names the role
	 * itself beats one that does not (001 defines PO in a list whose label is cut off);
	 * then the shortest. It still cites the definition's line.
	 */
	static DefinitionView bestDefinition(List<DefinitionView> definitions, List<String> roleNames, Locale locale) {
		Pattern anyName = anyNameAsWord(roleNames);
		Comparator<DefinitionView> best = Comparator
			.comparing((DefinitionView d) -> !d.lang().equals(locale.getLanguage()))
			.thenComparing(d -> !anyName.matcher(d.text()).find())
			.thenComparingInt(d -> d.text().length());
		DefinitionView chosen = definitions.stream().min(best).orElse(null);
		if (chosen == null) {
			return null;
		}
		String firstSentence = FIRST_SENTENCE.split(chosen.text(), 2)[0];
		return new DefinitionView(firstSentence, chosen.lang(), chosen.file(), chosen.line());
	}

	/**
	 * Any of the names as a whole Latin word ("PO", not the "po" of "position"); Korean
	 * particles may follow.
	 */
	private static Pattern anyNameAsWord(List<String> names) {
		if (names.isEmpty()) {
			return NOTHING;
		}
		String alternatives = names.stream().map(Pattern::quote).collect(Collectors.joining("|"));
		return Pattern.compile("(?<!\\p{IsLatin})(?:" + alternatives + ")(?!\\p{IsLatin})", Pattern.CASE_INSENSITIVE);
	}

}
