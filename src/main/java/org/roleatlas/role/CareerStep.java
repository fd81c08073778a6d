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

/** One rung of the career ladder an article gives towards a role; the title may resolve to a known role. */
@Entity
public class CareerStep {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atlas_seq")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "role_id")
	private Role role;

	private int position;

	@Column(nullable = false)
	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "step_role_id")
	private Role stepRole;

	private int line;

	protected CareerStep() {
	}

	public CareerStep(Article article, Role role, int position, String title, Role stepRole, int line) {
		this.article = Objects.requireNonNull(article);
		this.role = Objects.requireNonNull(role);
		this.position = position;
		this.title = Objects.requireNonNull(title);
		this.stepRole = stepRole;
		this.line = line;
	}

	public Article getArticle() {
		return article;
	}

	public Role getRole() {
		return role;
	}

	public int getPosition() {
		return position;
	}

	public String getTitle() {
		return title;
	}

	public Role getStepRole() {
		return stepRole;
	}

	public int getLine() {
		return line;
	}

}
