package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.roleatlas.corpus.Notice;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TaxonomyLoader;
import org.springframework.context.MessageSource;

/**
 * The taxonomy of a content folder for one ingest. An override file that cannot be used
 * gives way to the default with a warning, unless the content served now was read with a
 * usable version of it: then the reload is refused, as the default would drop the
 * folder's own roles or vocabulary that are being served. Used by the one ingest that
 * runs at a time.
 */
final class FolderTaxonomy {

	private final MessageSource messages;

	/** The override files the served content was read with. */
	private Set<String> served = Set.of();

	/** A taxonomy and the override files it was read from. */
	record Read(Taxonomy taxonomy, Set<String> overrides) {
	}

	FolderTaxonomy(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Reads the taxonomy, adding a warning per unusable override, or refuses the reload.
	 */
	Read read(Path root, List<Notice> warnings) {
		List<String> unusable = new ArrayList<>();
		List<Notice> refusals = new ArrayList<>();
		Taxonomy taxonomy = new TaxonomyLoader((file, reason) -> {
			unusable.add(file);
			warnings.add(NoticeCode.TAXONOMY_OVERRIDE_UNUSABLE.with(file, reason));
			if (served.contains(file)) {
				refusals.add(NoticeCode.TAXONOMY_OVERRIDE_REFUSED.with(file, reason));
			}
		}).load(root);
		if (!refusals.isEmpty()) {
			throw new ReloadRefusedException(refusals, Notice.wordedIn(refusals, messages, Locale.ENGLISH));
		}
		Set<String> used = new HashSet<>();
		try (Stream<Path> files = Files.list(root.resolve(TaxonomyLoader.FOLDER))) {
			files.filter(Files::isRegularFile).forEach(file -> used.add(file.getFileName().toString()));
		}
		catch (IOException ex) {
			// no taxonomy folder: the defaults alone
		}
		used.removeAll(unusable);
		return new Read(taxonomy, Set.copyOf(used));
	}

	/** The content read with this taxonomy is now served. */
	void served(Read read) {
		served = read.overrides();
	}

}
