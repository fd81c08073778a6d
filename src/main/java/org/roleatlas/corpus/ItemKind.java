package org.roleatlas.corpus;

/** What an extracted list item states about a role. */
public enum ItemKind {

	RESPONSIBILITY, SKILL, METRIC;

	public String label() {
		return name().toLowerCase();
	}

}
