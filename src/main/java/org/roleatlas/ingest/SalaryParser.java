package org.roleatlas.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.roleatlas.corpus.Salary;
import org.roleatlas.corpus.SalaryFigure;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.Taxonomy.SalaryVocabulary;

/**
 * Reads pay figures from one line of a salary section, by the salary vocabulary of
 * {@code phrases.yaml}.
 * <p>
 * An amount is a number with a currency written before or after it ("$120k", "75.000 €
 * pro Jahr", "8,000만원"), optionally scaled ("k", "만", "million"). A number without a
 * currency is not pay ("2024", "17 lönerapporter"), unless a range joins it to one that
 * has ("45 000–60 000 kr"). Each amount or range is read in its own clause: the clause's
 * words say whether it is salary, a bonus or profit sharing, an average or an "up to"
 * maximum (the average wins where both stand), and its period. The figures of one type,
 * currency and period on a line are one record.
 */
final class SalaryParser {

	/**
	 * A separator followed by exactly three digits groups thousands, one followed by one
	 * or two digits is a decimal mark: this reads "75.000 €" (de/pt/sv), "$187,467" and
	 * "6.250,50 €" alike without knowing the line's language.
	 */
	private static final String NUMBER = "(?<![\\d.,])"
			+ "(?<digits>\\d{1,3}(?<separator>[,.' ])\\d{3}(?:\\k<separator>\\d{3})*|\\d+)(?<fraction>[.,]\\d{1,2})?(?!\\d)";

	/**
	 * Pay pages quote yearly pay unless they say otherwise (004's Glassdoor and Indeed
	 * lines, "$120k").
	 */
	private static final String DEFAULT_PERIOD = "year";

	/**
	 * A full stop ends a clause only before a space, so that "U.S" and decimals stay
	 * whole.
	 */
	private static final Pattern CLAUSE_PUNCTUATION = Pattern.compile("[,;、]|[.!?](?=\\s|$)|。");

	private record Amount(int start, int end, BigDecimal number, BigDecimal scale, String currency) {

		BigDecimal value() {
			BigDecimal value = (scale == null ? number : number.multiply(scale)).stripTrailingZeros();
			return value.scale() < 0 ? value.setScale(0) : value;
		}

		Amount withCurrency(String code) {
			return new Amount(start, end, number, scale, code);
		}

		Amount withScale(BigDecimal factor) {
			return new Amount(start, end, number, factor, currency);
		}

	}

	/** One amount, or two joined into a range. */
	private record Figure(Amount low, Amount high) {

		boolean isRange() {
			return low.start() != high.start();
		}

		int start() {
			return low.start();
		}

		int end() {
			return high.end();
		}

	}

	/** A clause break: punctuation or a break word. */
	private record Break(int start, int end) {
	}

	/** What keeps two figures of a line in separate records. */
	private record Slot(Salary.Type type, String currency, String period) {
	}

	/** The record a line's figures of one slot are collected into. */
	private static final class Draft {

		private final Slot slot;

		private BigDecimal min;

		private BigDecimal max;

		private BigDecimal average;

		Draft(Slot slot) {
			this.slot = slot;
		}

		SalaryFigure toFigure(String source, String country, int line) {
			return new SalaryFigure(source, slot.type(), slot.currency(), min, max, average, slot.period(), country,
					line);
		}

	}

	private final SalaryVocabulary vocabulary;

	private final Pattern amount;

	private final Pattern scaleWord;

	private final Map<String, String> currencyByWord = new LinkedHashMap<>();

	private final Map<String, BigDecimal> factorByScaleWord = new LinkedHashMap<>();

	private final Set<String> rangeJoiners;

	public SalaryParser(SalaryVocabulary vocabulary) {
		this.vocabulary = vocabulary;
		vocabulary.currencies()
			.forEach((code, words) -> words.forEach(w -> currencyByWord.put(PhraseMatch.fold(w), code)));
		vocabulary.scales()
			.forEach((factor, words) -> words.forEach(w -> factorByScaleWord.put(PhraseMatch.fold(w), factor)));
		this.rangeJoiners = vocabulary.rangeJoiners().stream().map(PhraseMatch::fold).collect(Collectors.toSet());
		String currency = alternation(currencyByWord.keySet(), false);
		this.scaleWord = Pattern.compile(alternation(factorByScaleWord.keySet(), true));
		this.amount = Pattern.compile("(?:(?<before>" + currency + ")\\s?)?" + NUMBER + "(?<scale>(?:"
				+ scaleWord.pattern() + ")+)?(?:\\s?(?<after>" + currency + "))?");
	}

	public List<SalaryFigure> parse(String source, String text, int line) {
		String folded = PhraseMatch.fold(text);
		List<Figure> figures = figures(folded);
		String linePeriod = firstNamed(folded, vocabulary.periods());
		Map<Slot, Draft> drafts = new LinkedHashMap<>();
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			int floor = i == 0 ? 0 : figures.get(i - 1).end();
			int limit = i + 1 < figures.size() ? figures.get(i + 1).start() : folded.length();
			String before = folded.substring(clauseStart(folded, floor, figure.start()), figure.start());
			String after = folded.substring(figure.end(), clauseEnd(folded, figure.end(), limit));
			// A type word after the amount names it ("$1,000 till $69,000 i bonusar"),
			// else one before it ("bonuses of").
			Salary.Type type = typeNamedIn(after);
			type = type == null ? typeNamedIn(before) : type;
			type = type == null ? Salary.Type.SALARY : type;
			String period = firstNamed(before + " " + after, vocabulary.periods());
			period = period != null ? period : linePeriod != null ? linePeriod : DEFAULT_PERIOD;
			fill(drafts.computeIfAbsent(new Slot(type, figure.low().currency(), period), Draft::new), figure, before);
		}
		String country = firstNamed(folded, vocabulary.countries());
		return drafts.values()
			.stream()
			.sorted(Comparator.comparing(d -> d.slot.type()))
			.map(d -> d.toFigure(source, country, line))
			.toList();
	}

	/**
	 * A figure fills a slot the line has not filled yet: a range its min and max, else
	 * the average or "up to" max.
	 */
	private void fill(Draft draft, Figure figure, String before) {
		if (figure.isRange()) {
			if (draft.min == null && draft.max == null) {
				draft.min = figure.low().value();
				draft.max = figure.high().value();
			}
		}
		else if (!PhraseMatch.containsAny(before, vocabulary.average())
				&& PhraseMatch.containsAny(before, vocabulary.upTo())) {
			draft.max = draft.max == null ? figure.low().value() : draft.max;
		}
		else {
			// A lone figure that is neither called an average nor a maximum is the
			// typical pay the line states.
			draft.average = draft.average == null ? figure.low().value() : draft.average;
		}
	}

	/**
	 * Amounts, joined into ranges, keeping only those with a currency of their own or
	 * from their range partner.
	 */
	private List<Figure> figures(String folded) {
		List<Amount> amounts = amounts(folded);
		List<Figure> figures = new ArrayList<>();
		for (int i = 0; i < amounts.size(); i++) {
			Amount low = amounts.get(i);
			Amount high = i + 1 < amounts.size() ? amounts.get(i + 1) : null;
			Figure figure;
			if (high != null && joinsRange(folded.substring(low.end(), high.start()), low, high)) {
				figure = range(low, high);
				i++;
			}
			else {
				figure = new Figure(low, low);
			}
			if (figure.low().currency() != null) {
				figures.add(figure);
			}
		}
		return figures;
	}

	private boolean joinsRange(String between, Amount low, Amount high) {
		return rangeJoiners.contains(between.trim())
				&& (low.currency() == null || high.currency() == null || low.currency().equals(high.currency()));
	}

	/**
	 * The two ends of a range share the currency and scale written once ("$120–180k",
	 * "5,000~8,000만원"), but a scale only carries over where the range stays ordered
	 * ("$500 to $1.5k" is not $500k).
	 */
	private static Figure range(Amount low, Amount high) {
		String currency = low.currency() != null ? low.currency() : high.currency();
		Amount from = low.withCurrency(currency);
		if (from.scale() == null && high.scale() != null
				&& from.withScale(high.scale()).value().compareTo(high.value()) <= 0) {
			from = from.withScale(high.scale());
		}
		return new Figure(from, high.withCurrency(currency));
	}

	private List<Amount> amounts(String folded) {
		List<Amount> amounts = new ArrayList<>();
		Matcher m = amount.matcher(folded);
		while (m.find()) {
			String separator = m.group("separator");
			String digits = separator == null ? m.group("digits") : m.group("digits").replace(separator, "");
			String fraction = m.group("fraction") == null ? "" : "." + m.group("fraction").substring(1);
			String currencyWord = m.group("before") != null ? m.group("before") : m.group("after");
			amounts.add(new Amount(m.start(), m.end(), new BigDecimal(digits + fraction), scale(m.group("scale")),
					currencyWord == null ? null : currencyByWord.get(currencyWord)));
		}
		return compounds(amounts, folded);
	}

	/**
	 * Korean and Japanese write a large sum as scaled parts ("1억 2천만원", "1億2000万円"): a
	 * scaled number without a currency, followed by a smaller amount, is one amount with
	 * the sum of both.
	 */
	private static List<Amount> compounds(List<Amount> amounts, String folded) {
		List<Amount> merged = new ArrayList<>();
		for (Amount next : amounts) {
			Amount last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && last.scale() != null && last.currency() == null
					&& folded.substring(last.end(), next.start()).isBlank()
					&& next.value().compareTo(last.scale()) < 0) {
				merged.set(merged.size() - 1, new Amount(last.start(), next.end(), last.value().add(next.value()),
						BigDecimal.ONE, next.currency()));
			}
			else {
				merged.add(next);
			}
		}
		return merged;
	}

	/**
	 * The product of the scale words after a number (천만 = 1,000 × 10,000), or null when
	 * there are none.
	 */
	private BigDecimal scale(String scaleWords) {
		if (scaleWords == null) {
			return null;
		}
		BigDecimal factor = BigDecimal.ONE;
		Matcher m = scaleWord.matcher(scaleWords);
		while (m.find()) {
			factor = factor.multiply(factorByScaleWord.get(m.group().strip()));
		}
		return factor;
	}

	private Salary.Type typeNamedIn(String folded) {
		if (PhraseMatch.containsAny(folded, vocabulary.profitSharing())) {
			return Salary.Type.PROFIT_SHARING;
		}
		return PhraseMatch.containsAny(folded, vocabulary.bonus()) ? Salary.Type.BONUS : null;
	}

	/**
	 * Where the clause holding {@code position} starts, not before {@code floor} (the
	 * previous figure's end).
	 */
	private int clauseStart(String folded, int floor, int position) {
		return breaksBetween(folded, floor, position).stream().mapToInt(Break::end).max().orElse(floor);
	}

	/**
	 * Where the clause going on from {@code position} ends, not after {@code limit} (the
	 * next figure's start).
	 */
	private int clauseEnd(String folded, int position, int limit) {
		return breaksBetween(folded, position, limit).stream().mapToInt(Break::start).min().orElse(limit);
	}

	/** Clause punctuation and break words lying wholly inside {@code [from, to)}. */
	private List<Break> breaksBetween(String folded, int from, int to) {
		List<Break> breaks = new ArrayList<>();
		// Transparent bounds: whether a full stop is followed by a space is read past the
		// stretch's end.
		Matcher m = CLAUSE_PUNCTUATION.matcher(folded)
			.region(from, to)
			.useTransparentBounds(true)
			.useAnchoringBounds(false);
		while (m.find()) {
			breaks.add(new Break(m.start(), m.end()));
		}
		for (String word : vocabulary.clauseBreaks()) {
			int length = PhraseMatch.lengthOf(word);
			for (int at = PhraseMatch.indexOf(folded, word, from); at >= 0
					&& at + length <= to; at = PhraseMatch.indexOf(folded, word, at + 1)) {
				breaks.add(new Break(at, at + length));
			}
		}
		return breaks;
	}

	/** The key whose phrase stands first in the text, or null. */
	private static String firstNamed(String folded, Map<String, List<String>> phrasesByKey) {
		String first = null;
		int firstAt = Integer.MAX_VALUE;
		for (Map.Entry<String, List<String>> entry : phrasesByKey.entrySet()) {
			for (String phrase : entry.getValue()) {
				int at = PhraseMatch.indexOf(folded, phrase, 0);
				if (at >= 0 && at < firstAt) {
					first = entry.getKey();
					firstAt = at;
				}
			}
		}
		return first;
	}

	/**
	 * A regex alternative per word, longest first so that "us$" wins over "$". Latin
	 * words must stand alone ("kr" is not the start of "kronor"); Hangul and kanji need
	 * not, as particles attach to them (8,000만원을). With {@code scale}, a word may follow
	 * a space unless it is a single Latin letter ("$120k", not "120 k").
	 */
	private static String alternation(Collection<String> words, boolean scale) {
		return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(word -> {
			boolean latinStart = isLatin(word.codePointAt(0));
			boolean latinEnd = isLatin(word.codePointBefore(word.length()));
			String space = scale && !(latinStart && word.codePointCount(0, word.length()) == 1) ? "\\s?" : "";
			return space + (latinStart && !scale ? "(?<!\\p{L})" : "") + Pattern.quote(word)
					+ (latinEnd ? "(?!\\p{L})" : "");
		}).collect(Collectors.joining("|"));
	}

	private static boolean isLatin(int codePoint) {
		return Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
	}

}
