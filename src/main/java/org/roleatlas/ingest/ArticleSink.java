package org.roleatlas.ingest;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.roleatlas.taxonomy.RoleEntry;
import org.springframework.jdbc.core.JdbcTemplate;

import jakarta.persistence.EntityManager;

/**
 * Where one writing of content version {@code version} puts the articles the loaders hand
 * over: each becomes its entities (which keep their invariants) with the ids persist
 * would give them, and their rows wait in {@link ArticleRows}; every {@value #BATCH}
 * articles the rows are inserted and the items and definitions handed to the search index
 * become documents. Roles found in articles and rejected files are few and go through the
 * persistence context, flushed before the rows that refer to them.
 */
final class ArticleSink implements ContentWriter.Sink {

	static final int BATCH = 50;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final ContentIndex index;

	private final EntityIds ids;

	private final ArticleRows rows = new ArticleRows();

	private final Map<String, Role> roles;

	private final Map<String, Concept> concepts;

	private final Instant ingestedAt;

	private final long version;

	private int count;

	/**
	 * {@code roles} and {@code concepts} are those stored, by slug and id; roles found in
	 * articles are added to {@code roles}.
	 */
	ArticleSink(EntityManager entityManager, JdbcTemplate jdbc, ContentIndex index, Map<String, Role> roles,
			Map<String, Concept> concepts, Instant ingestedAt, long version) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.index = index;
		this.ids = new EntityIds(entityManager);
		this.roles = roles;
		this.concepts = concepts;
		this.ingestedAt = ingestedAt;
		this.version = version;
	}

	@Override
	public void article(LoadedArticle article, String contentHash) {
		article.newRoles()
			.stream()
			.filter(r -> !roles.containsKey(r.slug()))
			.forEach(r -> saveRole(entityManager, r, false, roles));
		save(article, contentHash);
		if (++count % BATCH == 0) {
			endBatch();
		}
	}

	@Override
	public void rejected(RejectedFile rejected, String contentHash) {
		entityManager.persist(rejected.stored(clip(rejected.getFile(), 1000), contentHash));
	}

	/**
	 * Writes what waits: the roles and rejected files, then the rows, then the documents.
	 */
	void endBatch() {
		entityManager.flush();
		rows.insert(jdbc);
		index.flush();
		entityManager.clear();
	}

	static void saveRole(EntityManager entityManager, RoleEntry entry, boolean fromTaxonomy, Map<String, Role> roles) {
		Role role = new Role(entry.slug(), entry.nameEn(), entry.nameKo(), fromTaxonomy, entry.aliases());
		entityManager.persist(role);
		roles.put(entry.slug(), role);
	}

	private void save(LoadedArticle loaded, String contentHash) {
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
		Set<Role> subjects = roles(loaded.subjects());
		article.assignRoles(subjects, roles(loaded.mentioned()));
		rows.add(ids.assign(article));
		int position = 0;
		for (ExtractedItem item : loaded.items()) {
			Set<Concept> itemConcepts = new LinkedHashSet<>();
			item.concepts().stream().map(concepts::get).filter(c -> c != null).forEach(itemConcepts::add);
			List<Occurrence> occurrences = item.occurrences()
				.stream()
				.map(o -> new Occurrence(o.line(), clip(o.section(), 1000)))
				.toList();
			Item stored = indexed(new Item(article, item.kind(), clip(item.text(), 2000),
					clip(item.description(), 8000), item.lang(), position++, occurrences, itemConcepts,
					item.roles().isEmpty() ? subjects : roles(item.roles())));
			rows.add(stored);
		}
		ArticleFacts facts = loaded.facts();
		for (DefinitionFact d : facts.definitions()) {
			rows.add(indexed(new Definition(article, role(d.role()), clip(d.text(), 8000), d.lang(), d.line())));
		}
		for (StatementFact s : facts.statements()) {
			rows.add(ids.assign(new Statement(article, clip(s.text(), 8000), s.lang(), s.line(), roles(s.roles()))));
		}
		for (SalaryFact s : facts.salaries()) {
			rows.add(ids.assign(new Salary(article, role(s.role()), s.figure())));
		}
		for (ReportingFact r : facts.reportingLines()) {
			rows.add(ids.assign(new ReportingLine(article, role(r.role()), role(r.reportsTo()),
					clip(r.sentence(), 4000), r.line())));
		}
		for (CareerFact c : facts.careerPath()) {
			rows.add(ids.assign(new CareerStep(article, role(c.role()), c.position(), clip(c.title(), 500),
					c.stepRole() == null ? null : role(c.stepRole()), c.line())));
		}
	}

	private <T extends ArticlePart> T indexed(T part) {
		index.add(ids.assign(part));
		return part;
	}

	/**
	 * Fits text to its column. Only pathological input (a "paragraph" of a whole file)
	 * reaches these limits; the full text stays in the article's raw text, so nothing is
	 * lost.
	 */
	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private Role role(String slug) {
		Role role = roles.get(slug);
		if (role == null) {
			throw new IllegalStateException("Unknown role slug " + slug);
		}
		return role;
	}

	private Set<Role> roles(Set<String> slugs) {
		Set<Role> found = new LinkedHashSet<>();
		slugs.forEach(slug -> found.add(role(slug)));
		return found;
	}

}
