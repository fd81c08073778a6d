package org.roleatlas.role;

import java.math.BigDecimal;
import java.util.Objects;

import org.roleatlas.content.Article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** A pay figure an article reports for a role: salary, bonus or profit sharing, each its own record. */
@Entity
public class Salary {

	public enum Type {
		SALARY, BONUS, PROFIT_SHARING;

		public String label() {
			return name().toLowerCase().replace('_', '-');
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atlas_seq")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "role_id")
	private Role role;

	private String source;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Type type;

	@Column(nullable = false)
	private String currency;

	@Column(name = "min_amount")
	private BigDecimal min;

	@Column(name = "max_amount")
	private BigDecimal max;

	@Column(name = "average_amount")
	private BigDecimal average;

	@Column(nullable = false)
	private String period;

	private String country;

	private int line;

	protected Salary() {
	}

	public Salary(Article article, Role role, SalaryFigure figure) {
		this.article = Objects.requireNonNull(article);
		this.role = Objects.requireNonNull(role);
		this.source = figure.source();
		this.type = figure.type();
		this.currency = figure.currency();
		this.min = figure.min();
		this.max = figure.max();
		this.average = figure.average();
		this.period = figure.period();
		this.country = figure.country();
		this.line = figure.line();
	}

	public Article getArticle() {
		return article;
	}

	public Role getRole() {
		return role;
	}

	public SalaryFigure figure() {
		return new SalaryFigure(source, type, currency, min, max, average, period, country, line);
	}

}
