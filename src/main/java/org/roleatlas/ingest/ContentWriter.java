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
 * Replaces the stored content with a new ingest inside the transaction of a
 * {@link ContentSwap}, so readers see the old content until the new one commits and a
 * failed reload keeps the old. Articles are written as they are loaded, not collected
 * first: inserts are batched (hibernate.jdbc.batch_size) and the persistence context is
 * flushed and cleared every {@value #BATCH} articles, so neither the session nor the
 * ingest ever holds the whole folder. Each item and definition goes to the search index
 * as it is written, a batch at a time while its entities are still attached; the new
 * documents carry the version being written and stay out of searches until it is served.
 */
@Component
class ContentWriter {

	static final int BATCH = 50;

	/** Child tables first; element collections have no entity to delete through. */
	private static final List<String> TABLES = List.of("item_role", "item_concept", "item_occurrence", "item",
			"definition", "statement_role", "statement", "salary", "reporting_line", "career_step", "article_tag",
			"article_section", "article_dropped_line", "article_candidate", "article_warning", "article_subject_role",
			"article_mentioned_role", "article", "rejected_file", "role_alias", "role", "concept");

	/** Where the loading of one ingest puts its articles and rejected files, in order. */
	interface Sink {

		void article(LoadedArticle article);

		void rejected(RejectedFile rejected);

	}

	private final EntityManager entityManager;

	private final ContentIndex index;

	ContentWriter(EntityManager entityManager, ContentIndex index) {
		this.entityManager = entityManager;
		this.index = index;
	}

	/**
	 * Deletes the stored content, stores the taxonomy, then lets {@code load} feed the
	 * articles of content version {@code version}; all of it commits or rolls back
	 * together, in the caller's transaction (outside one, the first write fails).
	 */
	public void replaceAll(long version, Taxonomy taxonomy, Instant ingestedAt, Consumer<Sink> load) {
		TABLES.forEach(table -> entityManager.createNativeQuery("delete from " + table).executeUpdate());
		Map<String, Long> roleIds = new HashMap<>();
		taxonomy.roles().forEach(entry -> saveRole(entry, true, roleIds));
		Set<String> conceptIds = new LinkedHashSet<>();
		for (ConceptEntry concept : taxonomy.concepts()) {
			entityManager.persist(new Concept(concept.id(), concept.labelEn(), concept.labelKo()));
			conceptIds.add(concept.id());
		}
		entityManager.flush();
		entityManager.clear();
		load.accept(new Sink() {

			private int count;

			@Override
			public void article(LoadedArticle article) {
				article.newRoles()
					.stream()
					.filter(r -> !roleIds.containsKey(r.slug()))
					.forEach(r -> saveRole(r, false, roleIds));
				save(article, roleIds, conceptIds, ingestedAt, version);
				if (++count % BATCH == 0) {
					endBatch();
				}
			}

			@Override
			public void rejected(RejectedFile rejected) {
				entityManager.persist(new RejectedFile(clip(rejected.getFile(), 1000), rejected.getReason()));
			}

		});
		endBatch();
		index.ready(taxonomy);
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

	private void save(LoadedArticle loaded, Map<String, Long> roleIds, Set<String> conceptIds, Instant ingestedAt,
			long version) {
		ParsedArticle parsed = loaded.parsed();
		Article article = new Article(parsed.file(), clip(loaded.title(), 1000), parsed.lang(), parsed.format(),
				clip(parsed.frontMatter().source(), 2000), loaded.rawText(), ingestedAt, version);
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
