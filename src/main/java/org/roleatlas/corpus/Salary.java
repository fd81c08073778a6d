package org.roleatlas.corpus;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A pay figure an article reports for a role: salary, bonus or profit sharing, each its
 * own record.
 */
@Entity
public class Salary extends RoleFact {

	public enum Type {

		SALARY, BONUS, PROFIT_SHARING;

		public String label() {
			return name().toLowerCase().replace('_', '-');
		}

	}

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

	protected Salary() {
	}

	public Salary(Article article, Role role, SalaryFigure figure) {
		super(article, role, figure.line());
		this.source = figure.source();
		this.type = figure.type();
		this.currency = figure.currency();
		this.min = figure.min();
		this.max = figure.max();
		this.average = figure.average();
		this.period = figure.period();
		this.country = figure.country();
	}

	public SalaryFigure figure() {
		return new SalaryFigure(source, type, currency, min, max, average, period, country, getLine());
	}

}
