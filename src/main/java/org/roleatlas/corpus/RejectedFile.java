package org.roleatlas.corpus;

import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A file of the content folder that could not be loaded, and why. */
@Entity
public class RejectedFile {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atlas_seq")
	private Long id;

	@Column(nullable = false)
	private String file;

	@Embedded
	@AttributeOverride(name = "code", column = @Column(name = "reason_code", nullable = false))
	@AttributeOverride(name = "args", column = @Column(name = "reason_args", nullable = false))
	private Notice reason;

	protected RejectedFile() {
	}

	public RejectedFile(String file, Notice reason) {
		this.file = Objects.requireNonNull(file);
		this.reason = Objects.requireNonNull(reason);
	}

	public String getFile() {
		return file;
	}

	public Notice getReason() {
		return reason;
	}

}
