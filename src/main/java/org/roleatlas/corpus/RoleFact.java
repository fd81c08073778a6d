package org.roleatlas.corpus;

import java.util.Objects;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What an article states about one role, and where: no fact without its article, role and
 * line, so every page can cite it.
 */
@MappedSuperclass
public abstract class RoleFact extends ArticlePart {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "role_id")
	private Role role;

	private int line;

	protected RoleFact() {
	}

	protected RoleFact(Article article, Role role, int line) {
		super(article);
		this.role = Objects.requireNonNull(role);
		this.line = line;
	}

	public Role getRole() {
		return role;
	}

	public int getLine() {
		return line;
	}

}
