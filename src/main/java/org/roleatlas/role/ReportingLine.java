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

/** "X reports to Y", as an article states it. */
@Entity
public class ReportingLine {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atlas_seq")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "role_id")
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reports_to_id")
	private Role reportsTo;

	@Column(nullable = false)
	private String sentence;

	private int line;

	protected ReportingLine() {
	}

	public ReportingLine(Article article, Role role, Role reportsTo, String sentence, int line) {
		this.article = Objects.requireNonNull(article);
		this.role = Objects.requireNonNull(role);
		this.reportsTo = Objects.requireNonNull(reportsTo);
		this.sentence = Objects.requireNonNull(sentence);
		this.line = line;
	}

	public Article getArticle() {
		return article;
	}

	public Role getRole() {
		return role;
	}

	public Role getReportsTo() {
		return reportsTo;
	}

	public String getSentence() {
		return sentence;
	}

	public int getLine() {
		return line;
	}

}
