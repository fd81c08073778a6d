package org.roleatlas.ingest;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.roleatlas.corpus.Article;
import org.roleatlas.corpus.ArticlePart;
import org.roleatlas.corpus.ArticleSection;
import org.roleatlas.corpus.CandidateDecision;
import org.roleatlas.corpus.CareerStep;
import org.roleatlas.corpus.Concept;
import org.roleatlas.corpus.ContentIndex;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.DroppedLine;
import org.roleatlas.corpus.Item;
import org.roleatlas.corpus.Occurrence;
import org.roleatlas.corpus.RejectedFile;
import org.roleatlas.corpus.RemovedFile;
import org.roleatlas.corpus.ReportingLine;
import org.roleatlas.corpus.Role;
import org.roleatlas.corpus.Salary;
import org.roleatlas.corpus.Statement;
import org.roleatlas.ingest.ArticleFacts.CareerFact;
import org.roleatlas.ingest.ArticleFacts.DefinitionFact;
import org.roleatlas.ingest.ArticleFacts.ReportingFact;
import org.roleatlas.ingest.ArticleFacts.SalaryFact;
import org.roleatlas.ingest.ArticleFacts.StatementFact;
import org.roleatlas.taxonomy.ConceptEntry;
import org.roleatlas.taxonomy.RoleEntry;
import org.roleatlas.taxonomy.Taxonomy;
import org.springframework.stereotype.Component;

import jakarta.persistence.EntityManager;

/**
 * Writes an ingest into the stored content inside the transaction of a
 * {@link ContentSwap}, so readers see the old content until the new one commits and a
 * failed reload keeps the old. A full reload replaces everything; otherwise only the rows
 * of the files that changed or vanished go (each recorded as a {@link RemovedFile}) and
 * the changed and new files are written. Articles are written as they are loaded, not
 * collected first: inserts are batched (hibernate.jdbc.batch_size) and the persistence
 * context is flushed and cleared every {@value #BATCH} articles, so neither the session
 * nor the ingest ever holds the whole folder. Each item and definition goes to the search
 * index as it is written, a batch at a time while its entities are still attached; the
 * new documents carry the version being written and stay out of searches until it is
 * served.
 */
@Component
class ContentWriter {

	static final int BATCH = 50;

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

	private final ContentIndex index;

	ContentWriter(EntityManager entityManager, ContentIndex index) {
		this.entityManager = entityManager;
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
		Map<String, Long> roleIds = new HashMap<>();
		Set<String> conceptIds = new LinkedHashSet<>();
		if (plan.full()) {
			TABLES.forEach(table -> entityManager.createNativeQuery("delete from " + table).executeUpdate());
			taxonomy.roles().forEach(entry -> saveRole(entry, true, roleIds));
			for (ConceptEntry concept : taxonomy.concepts()) {
				entityManager.persist(new Concept(concept.id(), concept.labelEn(), concept.labelKo()));
				conceptIds.add(concept.id());
			}
		}
		else {
			entityManager.createQuery("select r.slug, r.id from Role r", Object[].class)
				.getResultList()
				.forEach(row -> roleIds.put((String) row[0], (Long) row[1]));
			conceptIds.addAll(entityManager.createQuery("select c.id from Concept c", String.class).getResultList());
			remove(plan.replaced(), version);
		}
		entityManager.flush();
		entityManager.clear();
		load.accept(new Sink() {

			private int count;

			@Override
			public void article(LoadedArticle article, String contentHash) {
				article.newRoles()
					.stream()
					.filter(r -> !roleIds.containsKey(r.slug()))
					.forEach(r -> saveRole(r, false, roleIds));
				save(article, contentHash, roleIds, conceptIds, ingestedAt, version);
				if (++count % BATCH == 0) {
					endBatch();
				}
			}

			@Override
			public void rejected(RejectedFile rejected, String contentHash) {
				entityManager.persist(rejected.stored(clip(rejected.getFile(), 1000), contentHash));
			}

		});
		endBatch();
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

	private void endBatch() {
		entityManager.flush();
		index.flush();
		entityManager.clear();
	}

	private void saveRole(RoleEntry entry, boolean fromTaxonomy, Map<String, Long> ids) {
		Role role = new Role(entry.slug(), entry.nameEn(), entry.nameKo(), fromTaxonomy, entry.aliases());
		entityManager.persist(role);
		ids.put(entry.slug(), role.getId());
	}

	private void save(LoadedArticle loaded, String contentHash, Map<String, Long> roleIds, Set<String> conceptIds,
			Instant ingestedAt, long version) {
		ParsedArticle parsed = loaded.parsed();
		Article article = new Article(parsed.file(), clip(loaded.title(), 1000), parsed.lang(), parsed.format(),
				clip(parsed.frontMatter().source(), 2000), loaded.rawText(), ingestedAt, version, contentHash);
		article.describe(parsed.frontMatter().tags().stream().map(t -> clip(t, 500)).toList(),
				parsed.sections()
					.stream()
					.map(s -> new ArticleSection(clip(s.heading(), 1000), s.kind(), s.line()))
					.toList(),
				parsed.dropped().stream().map(d -> new DroppedLine(d.line(), clip(d.text(), 4000), d.rule())).toList(),
				loaded.warnings());
		article.decideCandidates(loaded.candidates()
			.stream()
			.map(c -> new CandidateDecision(c.line(), clip(c.text(), 2000), c.kind(), clip(c.cue(), 500)))
			.toList());
		article.assignRoles(roles(loaded.subjects(), roleIds), roles(loaded.mentioned(), roleIds));
		entityManager.persist(article);
		Set<Role> subjects = roles(loaded.subjects(), roleIds);
		int position = 0;
		for (ExtractedItem item : loaded.items()) {
			Set<Concept> concepts = new LinkedHashSet<>();
			item.concepts()
				.stream()
				.filter(conceptIds::contains)
				.forEach(id -> concepts.add(entityManager.getReference(Concept.class, id)));
			List<Occurrence> occurrences = item.occurrences()
				.stream()
				.map(o -> new Occurrence(o.line(), clip(o.section(), 1000)))
				.toList();
			persistIndexed(new Item(article, item.kind(), clip(item.text(), 2000), clip(item.description(), 8000),
					item.lang(), position++, occurrences, concepts,
					item.roles().isEmpty() ? subjects : roles(item.roles(), roleIds)));
		}
		ArticleFacts facts = loaded.facts();
		for (DefinitionFact d : facts.definitions()) {
			persistIndexed(new Definition(article, role(d.role(), roleIds), clip(d.text(), 8000), d.lang(), d.line()));
		}
		for (StatementFact s : facts.statements()) {
			entityManager
				.persist(new Statement(article, clip(s.text(), 8000), s.lang(), s.line(), roles(s.roles(), roleIds)));
		}
		for (SalaryFact s : facts.salaries()) {
			entityManager.persist(new Salary(article, role(s.role(), roleIds), s.figure()));
		}
		for (ReportingFact r : facts.reportingLines()) {
			entityManager.persist(new ReportingLine(article, role(r.role(), roleIds), role(r.reportsTo(), roleIds),
					clip(r.sentence(), 4000), r.line()));
		}
		for (CareerFact c : facts.careerPath()) {
			entityManager.persist(new CareerStep(article, role(c.role(), roleIds), c.position(), clip(c.title(), 500),
					c.stepRole() == null ? null : role(c.stepRole(), roleIds), c.line()));
		}
	}

	private void persistIndexed(ArticlePart part) {
		entityManager.persist(part);
		index.add(part);
	}

	/**
	 * Fits text to its column. Only pathological input (a "paragraph" of a whole file)
	 * reaches these limits; the full text stays in the article's raw text, so nothing is
	 * lost.
	 */
	static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private Role role(String slug, Map<String, Long> roleIds) {
		Long id = roleIds.get(slug);
		if (id == null) {
			throw new IllegalStateException("Unknown role slug " + slug);
		}
		return entityManager.getReference(Role.class, id);
	}

	private Set<Role> roles(Set<String> slugs, Map<String, Long> roleIds) {
		Set<Role> roles = new LinkedHashSet<>();
		slugs.forEach(slug -> roles.add(role(slug, roleIds)));
		return roles;
	}

}
