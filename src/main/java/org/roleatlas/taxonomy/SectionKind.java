package org.roleatlas.taxonomy;

/**
 * What a section of an article is about, as told by its heading or the sentence that
 * introduces its list.
 */
public enum SectionKind {

	DEFINITION, RESPONSIBILITIES, SKILLS, METRICS, SALARY, CAREER, COMPARISON, OTHER;

	public String label() {
		return name().toLowerCase();
	}

}
