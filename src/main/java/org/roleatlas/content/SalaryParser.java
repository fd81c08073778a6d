package org.roleatlas.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.content.Taxonomy.SalaryVocabulary;
import org.roleatlas.role.Salary;
import org.roleatlas.role.SalaryFigure;

/**
 * Reads pay figures from one line of a salary section. Two amounts joined by "to"/"till"/"–" are a range; the
 * words after an amount (else before it) say whether it is a bonus or profit sharing (each its own record) or salary; "average"
 * before an amount makes it the average, and wins over "up to". All salary figures of a line form one record.
 */
public final class SalaryParser {

	private static final Pattern AMOUNT = Pattern
		.compile("(?<symbol>US\\$|R\\$|\\$|€|£|₩)\\s?(?<number>\\d{1,3}(?:[,.\\u00A0 ]\\d{3})+|\\d+)(?:\\.\\d{1,2})?"
				+ "(?:\\s?(?<scale>k|K|thousand|million|M)\\b)?");

	private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:-|–|—|~|to|till|and|och|a|até|bis|à|부터)\\s*$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?。](?:\\s|$)");

	private record Amount(int start, int end, BigDecimal value, String currency) {
	}

	private final SalaryVocabulary vocabulary;

	public SalaryParser(SalaryVocabulary vocabulary) {
		this.vocabulary = vocabulary;
	}

	public List<SalaryFigure> parse(String source, String text, int line) {
		List<Amount> amounts = amounts(text);
		String folded = PhraseMatch.fold(text);
		String country = firstKey(folded, vocabulary.countries());
		String period = firstKey(folded, vocabulary.periods());
		period = period == null ? "year" : period;
		BigDecimal min = null;
		BigDecimal max = null;
		BigDecimal average = null;
		String salaryCurrency = null;
		List<SalaryFigure> figures = new ArrayList<>();
		for (int i = 0; i < amounts.size(); i++) {
			Amount amount = amounts.get(i);
			boolean range = i + 1 < amounts.size()
					&& RANGE_JOIN.matcher(text.substring(amount.end(), amounts.get(i + 1).start())).matches();
			Amount last = range ? amounts.get(i + 1) : amount;
			int nextStart = range ? (i + 2 < amounts.size() ? amounts.get(i + 2).start() : text.length())
					: (i + 1 < amounts.size() ? amounts.get(i + 1).start() : text.length());
			String after = PhraseMatch.fold(text.substring(last.end(), sentenceEndOr(text, last.end(), nextStart)));
			int previousEnd = i == 0 ? 0 : amounts.get(i - 1).end();
			String before = PhraseMatch.fold(text.substring(sentenceStart(text, previousEnd, amount.start()),
					amount.start()));
			Salary.Type type = typeNamedIn(after);
			if (type == Salary.Type.SALARY) {
				type = typeNamedIn(before);
			}
			if (type != Salary.Type.SALARY) {
				figures.add(new SalaryFigure(source, type, amount.currency(), amount.value(), last.value(), null, period,
						country, line));
			}
			else if (range) {
				min = amount.value();
				max = last.value();
				salaryCurrency = amount.currency();
			}
			else if (PhraseMatch.containsAny(before, vocabulary.average())) {
				average = amount.value();
				salaryCurrency = amount.currency();
			}
			else if (PhraseMatch.containsAny(before, vocabulary.upTo())) {
				max = amount.value();
				salaryCurrency = amount.currency();
			}
			else {
				average = average == null ? amount.value() : average;
				salaryCurrency = amount.currency();
			}
			if (range) {
				i++;
			}
		}
		if (salaryCurrency != null) {
			figures.add(0, new SalaryFigure(source, Salary.Type.SALARY, salaryCurrency, min, max, average, period,
					country, line));
		}
		return figures;
	}

	/** Bonus or profit sharing when the words say so ("$1,000 to $69,000 in bonuses", "bonuses of €5,000"). */
	private Salary.Type typeNamedIn(String folded) {
		if (PhraseMatch.containsAny(folded, vocabulary.profitSharing())) {
			return Salary.Type.PROFIT_SHARING;
		}
		return PhraseMatch.containsAny(folded, vocabulary.bonus()) ? Salary.Type.BONUS : Salary.Type.SALARY;
	}

	private List<Amount> amounts(String text) {
		List<Amount> amounts = new ArrayList<>();
		Matcher m = AMOUNT.matcher(text);
		while (m.find()) {
			BigDecimal value = new BigDecimal(m.group("number").replaceAll("[,.\\u00A0 ]", ""));
			String scale = m.group("scale");
			if (scale != null) {
				value = value.multiply(BigDecimal.valueOf(scale.equalsIgnoreCase("k") || scale.equals("thousand")
						? 1_000 : 1_000_000));
			}
			amounts.add(new Amount(m.start(), m.end(), value, currency(m.group("symbol"))));
		}
		return amounts;
	}

	private String currency(String symbol) {
		String folded = symbol.toLowerCase();
		return vocabulary.currencies().entrySet().stream()
			.filter(e -> e.getValue().stream().anyMatch(s -> s.equalsIgnoreCase(folded)))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(symbol);
	}

	private static int sentenceEndOr(String text, int from, int limit) {
		Matcher m = SENTENCE_END.matcher(text);
		return m.find(from) ? Math.min(m.start(), limit) : limit;
	}

	private static int sentenceStart(String text, int floor, int position) {
		int start = floor;
		Matcher m = SENTENCE_END.matcher(text);
		while (m.find(start) && m.end() <= position) {
			start = m.end();
		}
		return start;
	}

	private static String firstKey(String folded, Map<String, List<String>> phrasesByKey) {
		return phrasesByKey.entrySet().stream()
			.filter(e -> PhraseMatch.containsAny(folded, e.getValue()))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElse(null);
	}

}
