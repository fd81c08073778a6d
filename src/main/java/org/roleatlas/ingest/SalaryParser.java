package org.roleatlas.ingest;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.roleatlas.corpus.Salary;
import org.roleatlas.corpus.SalaryFigure;
import org.roleatlas.ingest.SalaryAmounts.Figure;
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
	 * Pay pages quote yearly pay unless they say otherwise (004's Glassdoor and Indeed
	 * lines, "$120k").
	 */
	private static final String DEFAULT_PERIOD = "year";

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

	private final SalaryAmounts amounts;

	private final SalaryClauses clauses;

	public SalaryParser(SalaryVocabulary vocabulary) {
		this.vocabulary = vocabulary;
		this.amounts = new SalaryAmounts(vocabulary);
		this.clauses = new SalaryClauses(vocabulary.clauseBreaks());
	}

	public List<SalaryFigure> parse(String source, String text, int line) {
		String folded = PhraseMatch.fold(text);
		List<Figure> figures = amounts.figures(folded);
		String linePeriod = firstNamed(folded, vocabulary.periods());
		Map<Slot, Draft> drafts = new LinkedHashMap<>();
		for (int i = 0; i < figures.size(); i++) {
			Figure figure = figures.get(i);
			int floor = i == 0 ? 0 : figures.get(i - 1).end();
			int limit = i + 1 < figures.size() ? figures.get(i + 1).start() : folded.length();
			String before = folded.substring(clauses.clauseStart(folded, floor, figure.start()), figure.start());
			String after = folded.substring(figure.end(), clauses.clauseEnd(folded, figure.end(), limit));
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

	private Salary.Type typeNamedIn(String folded) {
		if (PhraseMatch.containsAny(folded, vocabulary.profitSharing())) {
			return Salary.Type.PROFIT_SHARING;
		}
		return PhraseMatch.containsAny(folded, vocabulary.bonus()) ? Salary.Type.BONUS : null;
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

}
