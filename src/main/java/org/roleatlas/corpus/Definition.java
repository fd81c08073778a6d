package org.roleatlas.corpus;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A sentence of an article that says what a role is, with its provenance. */
@Entity
public class Definition extends RoleFact {

	@Column(nullable = false)
	private String text;

	@Column(nullable = false)
	private String lang;

	protected Definition() {
	}

	public Definition(Article article, Role role, String text, String lang, int line) {
		super(article, role, line);
		this.text = Objects.requireNonNull(text);
		this.lang = Objects.requireNonNull(lang);
	}

	public String getText() {
		return text;
	}

	public String getLang() {
		return lang;
	}

}
