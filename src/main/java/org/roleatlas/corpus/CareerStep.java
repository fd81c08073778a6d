package org.roleatlas.corpus;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/**
 * One rung of the career ladder an article gives towards a role; the title may resolve to
 * a known role.
 */
@Entity
public class CareerStep extends RoleFact {

	private int position;

	@Column(nullable = false)
	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "step_role_id")
	private Role stepRole;

	protected CareerStep() {
	}

	public CareerStep(Article article, Role role, int position, String title, Role stepRole, int line) {
		super(article, role, line);
		this.position = position;
		this.title = Objects.requireNonNull(title);
		this.stepRole = stepRole;
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

}
