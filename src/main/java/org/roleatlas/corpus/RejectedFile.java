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

	/** SHA-256 of the file's bytes, so an unchanged file is not read again. */
	@Column(name = "content_hash", nullable = false)
	private String contentHash = "";

	protected RejectedFile() {
	}

	public RejectedFile(String file, Notice reason) {
		this.file = Objects.requireNonNull(file);
		this.reason = Objects.requireNonNull(reason);
	}

	/** The rejection as stored for the file with these bytes. */
	public RejectedFile stored(String file, String contentHash) {
		RejectedFile stored = new RejectedFile(file, reason);
		stored.contentHash = Objects.requireNonNull(contentHash);
		return stored;
	}

	public String getContentHash() {
		return contentHash;
	}

	public String getFile() {
		return file;
	}

	public Notice getReason() {
		return reason;
	}

}
