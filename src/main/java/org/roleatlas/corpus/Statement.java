package org.roleatlas.corpus;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;

/**
 * A passage of an article that compares two or more roles ("The CPO is to the product
 * what the CTO is to technology").
 */
@Entity
public class Statement extends ArticlePart {

	@Column(nullable = false)
	private String text;

	@Column(nullable = false)
	private String lang;

	private int line;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "statement_role", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id"))
	private Set<Role> roles = new LinkedHashSet<>();

	protected Statement() {
	}

	public Statement(Article article, String text, String lang, int line, Set<Role> roles) {
		super(article);
		if (roles.size() < 2) {
			throw new IllegalArgumentException("A comparison statement names at least two roles: " + text);
		}
		this.text = Objects.requireNonNull(text);
		this.lang = Objects.requireNonNull(lang);
		this.line = line;
		this.roles = new LinkedHashSet<>(roles);
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

	public Set<Role> getRoles() {
		return Collections.unmodifiableSet(roles);
	}

}
