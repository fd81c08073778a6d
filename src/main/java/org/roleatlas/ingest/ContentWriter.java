package org.roleatlas.ingest;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.roleatlas.corpus.Concept;
import org.roleatlas.corpus.ContentIndex;
import org.roleatlas.corpus.RejectedFile;
import org.roleatlas.corpus.RemovedFile;
import org.roleatlas.corpus.Role;
import org.roleatlas.taxonomy.ConceptEntry;
import org.roleatlas.taxonomy.Taxonomy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/**
 * Writes an ingest into the stored content inside the transaction of a
 * {@link ContentSwap}, so readers see the old content until the new one commits and a
 * failed reload keeps the old. A full reload replaces everything; otherwise only the rows
 * of the files that changed or vanished go (each recorded as a {@link RemovedFile}) and
 * the changed and new files are written. Articles are written as they are loaded, not
 * collected first: {@link ArticleSink} inserts their rows in JDBC batches every
 * {@value ArticleSink#BATCH} articles, so neither the session nor the ingest ever holds
 * the whole folder. Each item and definition goes to the search index with its batch; the
 * new documents carry the version being written and stay out of searches until it is
 * served.
 */
@Component
class ContentWriter {

	/** Child tables first; element collections have no entity to delete through. */
	private static final List<String> TABLES = List.of("item_role", "item_concept", "item_occurrence", "item",
			"definition", "statement_role", "statement", "salary", "reporting_line", "career_step", "article_tag",
			"article_section", "article_dropped_line", "article_candidate", "article_warning", "article_subject_role",
			"article_mentioned_role", "article", "rejected_file", "removed_file", "role_alias", "role", "concept");

	/** Files deleted by one statement (their rows cascade). */
	private static final int DELETE_BATCH = 500;

	/** Where the loading of one ingest puts its articles and rejected files, in order. */
	interface Sink {

		void article(LoadedArticle article, String contentHash);

		void rejected(RejectedFile rejected, String contentHash);

	}

	/** What is stored once an ingest is written. */
	record Stored(int articles, int rejected, int items) {
	}

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final ContentIndex index;

	ContentWriter(EntityManager entityManager, JdbcTemplate jdbc, ContentIndex index) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.index = index;
	}

	/**
	 * Every stored file, loaded or rejected, with the SHA-256 of the bytes it came from.
	 */
	Map<String, String> storedHashes() {
		Map<String, String> hashes = new HashMap<>();
		entityManager.createQuery("select a.file, a.contentHash from Article a", Object[].class)
			.getResultList()
			.forEach(row -> hashes.put((String) row[0], (String) row[1]));
		entityManager.createQuery("select r.file, r.contentHash from RejectedFile r", Object[].class)
			.getResultList()
			.forEach(row -> hashes.put((String) row[0], (String) row[1]));
		return hashes;
	}

	/**
	 * Writes content version {@code version} as {@code plan} says, then lets {@code load}
	 * feed the articles it reads; all of it commits or rolls back together, in the
	 * caller's transaction (outside one, the first write fails).
	 */
	void write(ContentPlan plan, long version, Taxonomy taxonomy, Instant ingestedAt, Consumer<Sink> load) {
		Map<String, Role> roles = new HashMap<>();
		Map<String, Concept> concepts = new LinkedHashMap<>();
		if (plan.full()) {
			TABLES.forEach(table -> entityManager.createNativeQuery("delete from " + table).executeUpdate());
			taxonomy.roles().forEach(entry -> ArticleSink.saveRole(entityManager, entry, true, roles));
			for (ConceptEntry entry : taxonomy.concepts()) {
				Concept concept = new Concept(entry.id(), entry.labelEn(), entry.labelKo());
				entityManager.persist(concept);
				concepts.put(concept.getId(), concept);
			}
		}
		else {
			entityManager.createQuery("select r from Role r", Role.class)
				.getResultList()
				.forEach(role -> roles.put(role.getSlug(), role));
			entityManager.createQuery("select c from Concept c", Concept.class)
				.getResultList()
				.forEach(concept -> concepts.put(concept.getId(), concept));
			remove(plan.replaced(), version);
		}
		entityManager.flush();
		entityManager.clear();
		ArticleSink sink = new ArticleSink(entityManager, jdbc, index, roles, concepts, ingestedAt, version);
		load.accept(sink);
		sink.endBatch();
		if (!plan.full()) {
			dropUnusedFoundRoles();
		}
	}

	/** What is stored now, in the caller's transaction. */
	Stored stored() {
		return new Stored(count("Article"), count("RejectedFile"), count("Item"));
	}

	private int count(String entity) {
		return entityManager.createQuery("select count(e) from " + entity + " e", Long.class)
			.getSingleResult()
			.intValue();
	}

	/**
	 * Deletes the rows of files that changed or vanished (an article's rows cascade) and
	 * records each article's file as removed in {@code version}, for nodes whose index
	 * still holds its documents.
	 */
	private void remove(Set<String> files, long version) {
		List<String> all = List.copyOf(files);
		for (int from = 0; from < all.size(); from += DELETE_BATCH) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + DELETE_BATCH));
			entityManager.createQuery("select a.file from Article a where a.file in :files", String.class)
				.setParameter("files", batch)
				.getResultList()
				.forEach(file -> entityManager.persist(new RemovedFile(file, version)));
			entityManager.createNativeQuery("delete from article where file in (:files)")
				.setParameter("files", batch)
				.executeUpdate();
			entityManager.createNativeQuery("delete from rejected_file where file in (:files)")
				.setParameter("files", batch)
				.executeUpdate();
		}
	}

	/**
	 * A role found only in articles (not in the taxonomy) goes with the last article that
	 * names it.
	 */
	private void dropUnusedFoundRoles() {
		entityManager.createNativeQuery("""
				delete from role where from_taxonomy = false
				  and id not in (select role_id from article_subject_role)
				  and id not in (select role_id from article_mentioned_role)
				  and id not in (select role_id from item_role)
				  and id not in (select role_id from definition)
				  and id not in (select role_id from statement_role)
				  and id not in (select role_id from salary)
				  and id not in (select role_id from reporting_line)
				  and id not in (select reports_to_id from reporting_line)
				  and id not in (select role_id from career_step)
				  and id not in (select step_role_id from career_step where step_role_id is not null)
				""").executeUpdate();
	}

}
