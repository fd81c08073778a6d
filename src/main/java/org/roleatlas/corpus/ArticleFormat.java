package org.roleatlas.corpus;

/**
 * How an article's body is structured: Markdown (parsed with flexmark) or a scraped
 * plain-text page.
 */
public enum ArticleFormat {

	MARKDOWN, TEXT;

	public String label() {
		return name().toLowerCase();
	}

}
