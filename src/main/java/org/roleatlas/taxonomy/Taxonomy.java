package org.roleatlas.taxonomy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the loader knows before it reads an article, loaded from
 * {@code taxonomy/*.yaml}: roles, concepts, the section-heading vocabulary, page-chrome
 * rules, the structure markers of scraped text, extraction phrases and language data.
 */
public record Taxonomy(List<RoleEntry> roles, List<ConceptEntry> concepts, SectionVocabulary sections,
		ChromeRules chrome, TextMarkers markers, Phrases phrases, Map<String, Set<String>> stopwords, Cues cues) {

	public Taxonomy {
		roles = List.copyOf(roles);
		concepts = List.copyOf(concepts);
		stopwords = Map.copyOf(stopwords);
	}

	/**
	 * Heading phrases per section kind, question forms, and what makes a sentence
	 * introduce a list.
	 */
	public record SectionVocabulary(Map<SectionKind, List<String>> questions, Map<SectionKind, List<String>> kinds,
			List<String> listIntroducers) {
	}

	/**
	 * A named chrome pattern; see chrome.yaml.
	 *
	 * @param continues lines right after a matching line that belong to the same chrome,
	 * or null
	 */
	public record ChromeRule(String name, Pattern pattern, Pattern continues) {
	}

	/**
	 * The heading and list-item markers of scraped plain text (structure.yaml), each a
	 * line-start pattern.
	 */
	public record TextMarkers(List<String> headings, List<String> listItems) {

		public TextMarkers {
			headings = List.copyOf(headings);
			listItems = List.copyOf(listItems);
		}

		/** A line opening with a heading marker; group 1 is its text. */
		public Pattern heading() {
			return lineOpenedBy(headings);
		}

		/** A line opening with a list-item marker; group 1 is its text. */
		public Pattern listItem() {
			return lineOpenedBy(listItems);
		}

		/**
		 * Any marker at the start of a line, to be removed before the line's words are
		 * looked at.
		 */
		public Pattern anyMarker() {
			return Pattern.compile("^\\s*(?:" + alternatives(headings) + "|" + alternatives(listItems) + ")");
		}

		private static Pattern lineOpenedBy(List<String> markers) {
			return Pattern.compile("^\\s*(?:" + alternatives(markers) + ")(.+)$");
		}

		private static String alternatives(List<String> markers) {
			return String.join("|", markers.stream().map(m -> "(?:" + m + ")").toList());
		}

	}

	public record ChromeRules(List<ChromeRule> lineRules, List<String> tocHeadings, List<String> referenceHeadings) {
	}

	public record SalaryVocabulary(List<String> average, List<String> upTo, List<String> bonus,
			List<String> profitSharing, Map<String, List<String>> periods, Map<String, List<String>> countries,
			Map<String, List<String>> currencies, Map<BigDecimal, List<String>> scales, List<String> rangeJoiners,
			List<String> clauseBreaks) {
	}

	/**
	 * The cues items are decided by (cues.yaml): per language, the pronouns standing for
	 * the role, the words and word endings joining clauses, the words continuing one,
	 * list introducers, the headings of lists that are not duties, the openings of
	 * clauses saying whom the role works with and of paragraphs naming their topic, the
	 * endings saying a sentence states the role's job, the negations opening a clause of
	 * what the role does not do; and the shapes of page furniture.
	 */
	public record Cues(Map<String, List<String>> subjectPronouns, Map<String, List<String>> coordinators,
			Map<String, List<String>> clauseEndings, Map<String, List<String>> continuations,
			Map<String, List<String>> listIntroducers, Map<String, List<String>> nonDutyHeadings,
			Map<String, List<String>> collaborationClauses, List<String> verbSecond,
			Map<String, List<String>> ownSubjectOpeners, Map<String, List<String>> subordinators,
			Map<String, List<String>> topicOpeners, Map<String, List<String>> dutyPredicates,
			Map<String, List<String>> negations, List<ChromeRule> chromeShapes) {

		public Cues {
			subordinators = Map.copyOf(subordinators);
			verbSecond = List.copyOf(verbSecond);
			ownSubjectOpeners = Map.copyOf(ownSubjectOpeners);
			subjectPronouns = Map.copyOf(subjectPronouns);
			coordinators = Map.copyOf(coordinators);
			clauseEndings = Map.copyOf(clauseEndings);
			continuations = Map.copyOf(continuations);
			listIntroducers = Map.copyOf(listIntroducers);
			nonDutyHeadings = Map.copyOf(nonDutyHeadings);
			collaborationClauses = Map.copyOf(collaborationClauses);
			topicOpeners = Map.copyOf(topicOpeners);
			dutyPredicates = Map.copyOf(dutyPredicates);
			negations = Map.copyOf(negations);
			chromeShapes = List.copyOf(chromeShapes);
		}

		/**
		 * A language's entries of one cue; every language's for an article whose language
		 * is unknown.
		 */
		public static List<String> in(Map<String, List<String>> cue, String lang) {
			List<String> own = cue.get(lang);
			return own != null ? own : cue.values().stream().flatMap(List::stream).distinct().toList();
		}

	}

	public record Phrases(List<String> abilityMarkers, List<String> definitionMarkers, List<String> comparisonMarkers,
			List<Pattern> reportingPatterns, List<String> careerTitleMarkers, List<String> careerSequenceMarkers,
			List<String> careerTitleEnders, SalaryVocabulary salary, List<String> enumerationMarkers,
			List<String> enumerationClosers, Map<String, List<String>> listSeparators,
			List<String> reportingSubjectPronouns) {
	}

}
