package org.roleatlas.corpus;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What the database holds, in its one row: the content version, the floor (the version of
 * the last full reload, below which no search document is alive) and the fingerprint of
 * what the stored articles were extracted with. A writer locks the row for the whole of
 * its transaction, so writers on several nodes take turns, and every node polls it to
 * notice a version written elsewhere.
 */
@Entity
@Table(name = "content_state")
public class ContentState {

	static final int ONLY_ROW = 1;

	@Id
	private int id;

	@Column(nullable = false)
	private long version;

	@Column(name = "floor_version", nullable = false)
	private long floor;

	@Column(nullable = false)
	private String fingerprint;

	@Column(name = "committed_at", nullable = false)
	private Instant committedAt;

	protected ContentState() {
	}

	public long getVersion() {
		return version;
	}

	public long getFloor() {
		return floor;
	}

	public String getFingerprint() {
		return fingerprint;
	}

	public Instant getCommittedAt() {
		return committedAt;
	}

	/** The version as it is served once this state is swapped in. */
	public ContentVersion served() {
		return new ContentVersion(version, floor, committedAt);
	}

	/**
	 * Records a newly written version; a full reload raises the floor to it, so every
	 * document of an earlier version is dead.
	 */
	public void written(long newVersion, boolean full, String newFingerprint, Instant at) {
		if (newVersion <= version) {
			throw new IllegalArgumentException("version " + newVersion + " after " + version);
		}
		version = newVersion;
		if (full) {
			floor = newVersion;
		}
		fingerprint = newFingerprint;
		committedAt = at;
	}

}
