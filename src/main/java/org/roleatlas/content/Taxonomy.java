package org.roleatlas.content;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything the loader knows before it reads an article, loaded from {@code taxonomy/*.yaml}: roles, concepts,
 * the section-heading vocabulary, page-chrome rules, extraction phrases and language data.
 */
public record Taxonomy(List<RoleEntry> roles, List<ConceptEntry> concepts, SectionVocabulary sections,
		ChromeRules chrome, Phrases phrases, Map<String, Set<String>> stopwords) {

	public Taxonomy {
		roles = List.copyOf(roles);
		concepts = List.copyOf(concepts);
		stopwords = Map.copyOf(stopwords);
	}

	/** Heading phrases per section kind, question forms, and what makes a sentence introduce a list. */
	public record SectionVocabulary(Map<SectionKind, List<String>> questions, Map<SectionKind, List<String>> kinds,
			List<String> listIntroducers) {
	}

	/** A named chrome pattern; see chrome.yaml. */
	public record ChromeRule(String name, Pattern pattern) {
	}

	public record ChromeRules(List<ChromeRule> lineRules, List<String> tocHeadings, List<String> referenceHeadings) {
	}

	public record SalaryVocabulary(List<String> average, List<String> upTo, List<String> bonus,
			List<String> profitSharing, Map<String, List<String>> periods, Map<String, List<String>> countries,
			Map<String, List<String>> currencies) {
	}

	public record Phrases(List<String> abilityMarkers, List<String> definitionMarkers, List<String> comparisonMarkers,
			List<Pattern> reportingPatterns, List<String> careerTitleMarkers,
			List<String> careerSequenceMarkers,
			List<String> careerTitleEnders, SalaryVocabulary salary, List<String> enumerationMarkers,
			List<String> reportingSubjectPronouns) {
	}

}
