package org.roleatlas.search;

import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.roleatlas.search.QueryPlanner.Plan;
import org.roleatlas.search.QueryPlanner.Term;
import org.roleatlas.search.QueryPlanner.Unit;
import org.roleatlas.taxonomy.TextAnalyzers;
import org.roleatlas.taxonomy.TextAnalyzers.Token;
import org.springframework.web.util.HtmlUtils;

/**
 * Marks what a query matched in a hit's text, the way the index matched it: under the
 * neutral analysis and the hit's own language's, a word by its analysed form (so
 * "Anforderung" marks "Anforderungen"), a phrase as a run of words, a concept's term of
 * another language only where the neutral analysis finds it, and a word open to typos
 * also one edit away. Done here on the page's hits rather than by the backend's
 * highlighter, which analysed every hit again in each of the thirteen text fields and was
 * three quarters of a search's cost; it also keeps the index free of stored copies of
 * each text per analyzer.
 */
final class SnippetMarker {

	/** A description longer than this is cut to the sentence of its first mark. */
	static final int MAX_PASSAGE = 200;

	/**
	 * Something to mark: its text, the language it is written in (null when any) and
	 * whether a word one edit away counts.
	 */
	private record Needle(String text, String lang, boolean typoTolerant) {
	}

	private record Span(int start, int end) {
	}

	private final TextAnalyzers analyzers;

	private final List<Needle> needles = new ArrayList<>();

	/** Each needle's analysed terms, per analysis ("" is the neutral one). */
	private final Map<String, List<List<String>>> analysed = new HashMap<>();

	SnippetMarker(Plan plan, TextAnalyzers analyzers) {
		this.analyzers = analyzers;
		for (Unit unit : plan.units()) {
			needles.add(new Needle(unit.text(), null,
					!unit.isPhrase() && QueryPlanner.TYPO_TOLERANT.matcher(unit.text()).matches()));
			unit.roleNames().forEach(name -> needles.add(new Needle(name, null, false)));
			for (Term term : unit.conceptTerms()) {
				needles.add(new Needle(term.text(), term.lang(), false));
			}
		}
		plan.phrases().forEach(phrase -> needles.add(new Needle(phrase, null, false)));
	}

	/** The text escaped with its matches marked, or null when nothing in it matched. */
	String mark(String text, String lang) {
		if (text == null) {
			return null;
		}
		List<Span> spans = spans(text, lang);
		return spans.isEmpty() ? null : marked(text, spans, 0, text.length());
	}

	/**
	 * Like {@link #mark}, but a long text is cut to the sentence holding its first match.
	 */
	String passage(String text, String lang) {
		if (text == null) {
			return null;
		}
		List<Span> spans = spans(text, lang);
		if (spans.isEmpty()) {
			return null;
		}
		if (text.length() <= MAX_PASSAGE) {
			return marked(text, spans, 0, text.length());
		}
		BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(lang == null ? "" : lang));
		sentences.setText(text);
		int first = spans.get(0).start();
		int start = sentences.preceding(first + 1);
		int end = sentences.following(first);
		return marked(text, spans, start, end).strip();
	}

	private List<Span> spans(String text, String lang) {
		List<Span> found = new ArrayList<>();
		find(analyzers.neutralTokens(text), "", lang, found);
		find(analyzers.ownTokens(lang, text), lang, lang, found);
		found.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
		List<Span> merged = new ArrayList<>();
		for (Span span : found) {
			Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && span.start() < last.end()) {
				merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), span.end())));
			}
			else {
				merged.add(span);
			}
		}
		return merged;
	}

	/**
	 * Adds the spans of every needle found in the tokens of one analysis: the neutral one
	 * ({@code analysis} "") takes every needle, a language's own only the needles of that
	 * language or of none.
	 */
	private void find(List<Token> tokens, String analysis, String lang, List<Span> found) {
		if (tokens.isEmpty()) {
			return;
		}
		List<List<String>> terms = analysed.computeIfAbsent(analysis, this::analyse);
		for (int n = 0; n < needles.size(); n++) {
			Needle needle = needles.get(n);
			List<String> words = terms.get(n);
			if (words.isEmpty() || (!analysis.isEmpty() && needle.lang() != null && !needle.lang().equals(lang))) {
				continue;
			}
			boolean typos = analysis.isEmpty() && needle.typoTolerant() && words.size() == 1;
			for (int at = 0; at + words.size() <= tokens.size(); at++) {
				if (matchesAt(tokens, at, words, typos)) {
					found.add(new Span(tokens.get(at).start(), tokens.get(at + words.size() - 1).end()));
				}
			}
		}
	}

	private static boolean matchesAt(List<Token> tokens, int at, List<String> words, boolean typos) {
		for (int i = 0; i < words.size(); i++) {
			String token = tokens.get(at + i).term();
			String word = words.get(i);
			if (!token.equals(word) && !(typos && Suggestions.distance(token, word) == 1)) {
				return false;
			}
		}
		return true;
	}

	private List<List<String>> analyse(String analysis) {
		List<List<String>> terms = new ArrayList<>(needles.size());
		for (Needle needle : needles) {
			List<Token> tokens = analysis.isEmpty() ? analyzers.neutralTokens(needle.text())
					: analyzers.ownTokens(analysis, needle.text());
			terms.add(tokens.stream().map(Token::term).toList());
		}
		return terms;
	}

	/**
	 * Only the characters special to HTML are escaped; the rest stays as written, not as
	 * named entities.
	 */
	static String escaped(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	private static String marked(String text, List<Span> spans, int from, int to) {
		StringBuilder html = new StringBuilder();
		int at = from;
		for (Span span : spans) {
			if (span.start() < from || span.end() > to) {
				continue;
			}
			html.append(escaped(text.substring(at, span.start())))
				.append("<mark>")
				.append(escaped(text.substring(span.start(), span.end())))
				.append("</mark>");
			at = span.end();
		}
		return html.append(escaped(text.substring(at, to))).toString();
	}

}
