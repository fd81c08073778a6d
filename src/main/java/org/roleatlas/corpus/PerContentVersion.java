package org.roleatlas.corpus;

import java.util.function.Supplier;

/**
 * A value derived from the stored content, computed the first time a content version is
 * asked for and kept until a newer version is served. The version is read before the
 * value is computed, so what is kept under a version is never older than it.
 */
public final class PerContentVersion<T> {

	private record Snapshot<T>(long version, T value) {
	}

	private final ContentVersions versions;

	private final Supplier<T> compute;

	private volatile Snapshot<T> snapshot;

	public PerContentVersion(ContentVersions versions, Supplier<T> compute) {
		this.versions = versions;
		this.compute = compute;
	}

	public T get() {
		Snapshot<T> seen = snapshot;
		long version = versions.current().number();
		if (seen != null && seen.version() == version) {
			return seen.value();
		}
		Snapshot<T> read = new Snapshot<>(version, compute.get());
		snapshot = read;
		return read.value();
	}

}
