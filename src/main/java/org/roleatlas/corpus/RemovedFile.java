package org.roleatlas.corpus;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file whose article was replaced or removed by an incremental reload: a node whose
 * search index is older than {@link #removedIn} drops that file's documents from before
 * it. The rows are cleared by the next full reload, whose floor makes them moot.
 */
@Entity
@Table(name = "removed_file")
public class RemovedFile {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atlas_seq")
	private Long id;

	@Column(nullable = false)
	private String file;

	@Column(name = "removed_in", nullable = false)
	private long removedIn;

	protected RemovedFile() {
	}

	public RemovedFile(String file, long removedIn) {
		this.file = Objects.requireNonNull(file);
		this.removedIn = removedIn;
	}

}
