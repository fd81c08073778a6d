package org.roleatlas.role;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.RepositoryConfiguration;
import org.roleatlas.corpus.Article;
import org.roleatlas.corpus.ArticleFormat;
import org.roleatlas.corpus.Concept;
import org.roleatlas.corpus.ContentVersion;
import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;
import org.roleatlas.corpus.ItemKind;
import org.roleatlas.corpus.Occurrence;
import org.roleatlas.corpus.Role;
import org.roleatlas.role.RoleViews.RoleIndex;
import org.roleatlas.role.RoleViews.RoleSummary;
import org.roleatlas.web.AtlasProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The role queries on the Flyway schema, over a few persisted entities: two articles,
 * three roles, items and definitions. Search indexing has no part in these queries, so
 * Hibernate Search is off.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.search.enabled=false")
// The application's repository settings, which the slice would otherwise replace by
// Boot's.
@Import({ RepositoryConfiguration.class, RoleService.class, RoleFigures.class, ContentVersions.class })
@EnableConfigurationProperties(AtlasProperties.class)
class RoleQueriesTest {

	@Autowired
	TestEntityManager entities;

	@Autowired
	RoleQueries queries;

	@Autowired
	RoleService roles;

	@Autowired
	ContentVersions versions;

	@TempDir
	Path dataDir;

	@BeforeEach
	void persistTwoArticles() {
		Role cpo = entities.persist(new Role("cpo", "Chief Product Officer", "최고 제품 책임자", true, List.of()));
		Role po = entities.persist(new Role("po", "Product Owner", "프로덕트 오너", true, List.of()));
		entities.persist(new Role("ceo", "Chief Executive Officer", "최고 경영자", true, List.of()));
		Concept roadmap = entities.persist(new Concept("roadmap", "Roadmap", "로드맵"));
		Article about = entities.persist(article("cpo.md"));
		Article glossary = entities.persist(article("glossary.md"));
		// Subjects are assigned by the ingest inside the content package; here the join
		// row is written directly.
		entities.flush();
		entities.getEntityManager()
			.createNativeQuery("insert into article_subject_role (article_id, role_id) values (?1, ?2)")
			.setParameter(1, about.getId())
			.setParameter(2, cpo.getId())
			.executeUpdate();
		entities.persist(new Definition(about, cpo, "The CPO leads the product organisation.", "en", 2));
		entities.persist(new Definition(glossary, po, "The PO owns the backlog.", "en", 3));
		entities.persist(new Item(glossary, ItemKind.RESPONSIBILITY, "Refine the backlog", null, "en", 0,
				List.of(new Occurrence(5, "Duties")), Set.of(), Set.of(po)));
		entities.persist(new Item(about, ItemKind.RESPONSIBILITY, "Own the roadmap", null, "en", 1,
				List.of(new Occurrence(4, "Duties")), Set.of(roadmap), Set.of(cpo, po)));
		entities.persist(new Item(about, ItemKind.SKILL, "Communication", null, "en", 0,
				List.of(new Occurrence(7, "Skills")), Set.of(), Set.of(cpo)));
		entities.flush();
		entities.clear();
	}

	private static Article article(String file) {
		return new Article(file, file, "en", ArticleFormat.MARKDOWN, null, "# " + file + "\n", Instant.EPOCH, 1, "");
	}

	@Test
	void sourcesJoinSubjectsAndDefinitionsOnceForEachRoleAndArticle() {
		assertThat(queries.sources()).extracting(row -> tuple(row[0], row[1]))
			.as("cpo.md is both about the CPO and defines it; the union lists it once")
			.containsExactlyInAnyOrder(tuple("cpo", "cpo.md"), tuple("po", "glossary.md"));
	}

	@Test
	void itemCountsAreByRoleAndKind() {
		assertThat(queries.itemCounts()).extracting(row -> tuple(row[0], row[1], ((Number) row[2]).intValue()))
			.containsExactlyInAnyOrder(tuple("cpo", ItemKind.RESPONSIBILITY, 1), tuple("cpo", ItemKind.SKILL, 1),
					tuple("po", ItemKind.RESPONSIBILITY, 2));
	}

	@Test
	void itemsOfARoleAreInArticleThenListOrderWithTheirConcepts() {
		List<Sourced<Item>> items = queries.items("po");
		assertThat(items).extracting(i -> i.row().getText(), Sourced::file)
			.containsExactly(tuple("Own the roadmap", "cpo.md"), tuple("Refine the backlog", "glossary.md"));
		assertThat(items.get(0).row().getConcepts()).extracting(Concept::getId).containsExactly("roadmap");
		assertThat(queries.items("cpo")).extracting(i -> i.row().getText())
			.containsExactly("Communication", "Own the roadmap");
	}

	@Test
	void definitionsRoleConceptsAndTheArticleCount() {
		assertThat(queries.definitions("po")).extracting(d -> d.row().getText(), Sourced::file)
			.containsExactly(tuple("The PO owns the backlog.", "glossary.md"));
		assertThat(queries.roleConcepts()).extracting(row -> tuple(row[0], row[1]))
			.containsExactlyInAnyOrder(tuple("cpo", "roadmap"), tuple("po", "roadmap"));
		assertThat(queries.subjectFiles("cpo")).containsExactly("cpo.md");
		assertThat(queries.sourceFiles("cpo")).containsExactly("cpo.md");
		assertThat(queries.sourceFiles("po")).containsExactly("glossary.md");
		assertThat(queries.articleCount()).isEqualTo(2);
	}

	@Test
	void theIndexSplitsRolesTheSourcesDescribeFromThoseTheyOnlyName() {
		RoleIndex index = roles.index(Locale.ENGLISH);
		assertThat(index.all()).extracting(RoleSummary::slug).containsExactly("cpo", "po", "ceo");
		assertThat(index.described()).extracting(RoleSummary::slug, RoleSummary::articles)
			.containsExactly(tuple("cpo", 1), tuple("po", 1));
		assertThat(index.other()).extracting(RoleSummary::slug).containsExactly("ceo");
	}

	@Test
	void roleFiguresAreKeptPerContentVersionInTheDataFolder() {
		RoleFigures.Figures counted = new RoleFigures(queries, versions, dataDir).current();
		assertThat(counted.items("po")).containsEntry(ItemKind.RESPONSIBILITY, 2);
		assertThat(counted.sources("cpo")).isEqualTo(1);
		assertThat(counted.sharedConcepts("cpo", "po")).isEqualTo(1);
		assertThat(counted.sharedConcepts("cpo", "ceo")).isZero();
		assertThat(dataDir.resolve(RoleFigures.FILE)).exists();

		Role ceo = entities.getEntityManager()
			.createQuery("select r from Role r where r.slug = 'ceo'", Role.class)
			.getSingleResult();
		entities.persist(new Item(entities.find(Article.class, idOf("glossary.md")), ItemKind.SKILL, "Vision", null,
				"en", 1, List.of(new Occurrence(9, "Skills")), Set.of(), Set.of(ceo)));
		entities.flush();
		assertThat(new RoleFigures(queries, versions, dataDir).current().items("ceo"))
			.as("a restart on the same version reads what was counted, without counting again")
			.isEmpty();

		try (ContentVersions.Swap swap = versions.beginSwap()) {
			swap.advance(new ContentVersion(1, 1, Instant.parse("2026-12-02T10:00:00Z")), 2);
		}
		assertThat(new RoleFigures(queries, versions, dataDir).current().items("ceo"))
			.as("a new version is counted again")
			.containsEntry(ItemKind.SKILL, 1);
	}

	private long idOf(String file) {
		return entities.getEntityManager()
			.createQuery("select a.id from Article a where a.file = :file", Long.class)
			.setParameter("file", file)
			.getSingleResult();
	}

}
