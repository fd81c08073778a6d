package org.roleatlas.role;

import java.util.Objects;

import org.roleatlas.content.Article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A sentence of an article that says what a role is, with its provenance. */
@Entity
public class Definition {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atlas_seq")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "role_id")
	private Role role;

	@Column(nullable = false)
	private String text;

	@Column(nullable = false)
	private String lang;

	private int line;

	protected Definition() {
	}

	public Definition(Article article, Role role, String text, String lang, int line) {
		this.article = Objects.requireNonNull(article);
		this.role = Objects.requireNonNull(role);
		this.text = Objects.requireNonNull(text);
		this.lang = Objects.requireNonNull(lang);
		this.line = line;
	}

	public Long getId() {
		return id;
	}

	public Article getArticle() {
		return article;
	}

	public Role getRole() {
		return role;
	}

	public String getText() {
		return text;
	}

	public String getLang() {
		return lang;
	}

	public int getLine() {
		return line;
	}

}
