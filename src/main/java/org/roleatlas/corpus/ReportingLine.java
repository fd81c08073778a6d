package org.roleatlas.corpus;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** "X reports to Y", as an article states it. */
@Entity
public class ReportingLine extends RoleFact {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "reports_to_id")
	private Role reportsTo;

	@Column(nullable = false)
	private String sentence;

	protected ReportingLine() {
	}

	public ReportingLine(Article article, Role role, Role reportsTo, String sentence, int line) {
		super(article, role, line);
		this.reportsTo = Objects.requireNonNull(reportsTo);
		this.sentence = Objects.requireNonNull(sentence);
	}

	public Role getReportsTo() {
		return reportsTo;
	}

	public String getSentence() {
		return sentence;
	}

}
