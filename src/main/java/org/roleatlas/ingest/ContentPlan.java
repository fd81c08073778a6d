package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one ingest reads and what it replaces, from the hash of every file in the folder
 * and of every file stored. A full reload reads everything and replaces all; otherwise a
 * file is read only when it is new or its bytes changed, and the stored rows of a changed
 * or vanished file go.
 *
 * @param full whether all stored content is replaced
 * @param toLoad the files to read, in the folder's order
 * @param replaced stored files whose rows go (changed or no longer in the folder)
 * @param reused stored files kept as they are
 */
record ContentPlan(boolean full, List<String> toLoad, Set<String> replaced, int reused) {

	ContentPlan {
		toLoad = List.copyOf(toLoad);
		replaced = Set.copyOf(replaced);
	}

	/** Everything read again, everything stored replaced. */
	static ContentPlan full(List<String> files) {
		return new ContentPlan(true, files, Set.of(), 0);
	}

	/**
	 * Only what differs: {@code folder} and {@code stored} map a file to the SHA-256 of
	 * its bytes.
	 */
	static ContentPlan changes(Map<String, String> folder, Map<String, String> stored) {
		List<String> toLoad = new ArrayList<>();
		Set<String> replaced = new LinkedHashSet<>();
		folder.forEach((file, hash) -> {
			String storedHash = stored.get(file);
			if (!Objects.equals(hash, storedHash)) {
				toLoad.add(file);
				if (storedHash != null) {
					replaced.add(file);
				}
			}
		});
		stored.keySet().stream().filter(file -> !folder.containsKey(file)).forEach(replaced::add);
		return new ContentPlan(false, toLoad, replaced, folder.size() - toLoad.size());
	}

	/** Whether anything is to be written: otherwise the stored content stays as it is. */
	boolean writes() {
		return full || !toLoad.isEmpty() || !replaced.isEmpty();
	}

}
