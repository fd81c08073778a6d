package org.roleatlas.content;

/** What a section of an article is about, as told by its heading or the sentence that introduces its list. */
enum SectionKind {

	DEFINITION, RESPONSIBILITIES, SKILLS, METRICS, SALARY, CAREER, COMPARISON, OTHER;

	public String label() {
		return name().toLowerCase();
	}

}
