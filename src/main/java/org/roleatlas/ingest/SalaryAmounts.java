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

import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.Taxonomy.SalaryVocabulary;

/**
 * Finds the amounts of money in a folded line for {@link SalaryParser}: a number with a
 * currency before or after it, optionally scaled ("k", "만", "million"), Korean and
 * Japanese sums of scaled parts, and two amounts joined into a range.
 */
final class SalaryAmounts {

	/**
	 * A separator followed by exactly three digits groups thousands, one followed by one
	 * or two digits is a decimal mark: this reads "75.000 €" (de/pt/sv), "$187,467" and
	 * "6.250,50 €" alike without knowing the line's language.
	 */
	private static final String NUMBER = "(?<![\\d.,])"
			+ "(?<digits>\\d{1,3}(?<separator>[,.' ])\\d{3}(?:\\k<separator>\\d{3})*|\\d+)(?<fraction>[.,]\\d{1,2})?(?!\\d)";

	record Amount(int start, int end, BigDecimal number, BigDecimal scale, String currency) {

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
	record Figure(Amount low, Amount high) {

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

	private final Pattern amount;

	private final Pattern scaleWord;

	private final Map<String, String> currencyByWord = new LinkedHashMap<>();

	private final Map<String, BigDecimal> factorByScaleWord = new LinkedHashMap<>();

	private final Set<String> rangeJoiners;

	SalaryAmounts(SalaryVocabulary vocabulary) {
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

	/**
	 * Amounts, joined into ranges, keeping only those with a currency of their own or
	 * from their range partner.
	 */
	List<Figure> figures(String folded) {
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
