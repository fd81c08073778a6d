package org.roleatlas.role;

import java.util.List;
import java.util.Optional;

import org.roleatlas.corpus.Article;
import org.roleatlas.corpus.CareerStep;
import org.roleatlas.corpus.Concept;
import org.roleatlas.corpus.Definition;
import org.roleatlas.corpus.Item;
import org.roleatlas.corpus.ReportingLine;
import org.roleatlas.corpus.Role;
import org.roleatlas.corpus.Salary;
import org.roleatlas.corpus.Statement;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Read queries behind the role pages and API; each fetches what its view needs in one go.
 */
interface RoleQueries extends Repository<Role, Long> {

	@Query("select distinct i from Item i join i.roles r join fetch i.article left join fetch i.concepts "
			+ "where r.slug = :slug order by i.article.file, i.position")
	List<Item> items(String slug);

	@Query("select d from Definition d join fetch d.article where d.role.slug = :slug order by d.article.file, d.line")
	List<Definition> definitions(String slug);

	@Query("select s from Salary s join fetch s.article where s.role.slug = :slug order by s.article.file, s.line")
	List<Salary> salaries(String slug);

	@Query("select l from ReportingLine l join fetch l.article join fetch l.reportsTo where l.role.slug = :slug "
			+ "order by l.article.file, l.line")
	List<ReportingLine> reportingLines(String slug);

	@Query("select l from ReportingLine l join fetch l.role where l.reportsTo.slug = :slug order by l.role.slug")
	List<ReportingLine> linesReportingTo(String slug);

	@Query("select c from CareerStep c join fetch c.article left join fetch c.stepRole where c.role.slug = :slug "
			+ "order by c.article.file, c.position")
	List<CareerStep> careerSteps(String slug);

	@Query("select distinct s from Statement s join s.roles r join fetch s.article where r.slug = :slug "
			+ "order by s.article.file, s.line")
	List<Statement> statements(String slug);

	@Query("select a from Article a join a.subjectRoles r where r.slug = :slug order by a.file")
	List<Article> subjectArticles(String slug);

	@Query("select a from Article a join a.mentionedRoles r where r.slug = :slug order by a.file")
	List<Article> mentioningArticles(String slug);

	@Query("select distinct i from Item i join i.concepts c join fetch i.article left join fetch i.roles "
			+ "where c.id = :concept order by i.article.file, i.position")
	List<Item> conceptItems(String concept);

	@Query("select c from Concept c where c.id = :id")
	Optional<Concept> concept(String id);

	@Query("select count(a) from Article a")
	long articleCount();

	/** Rows of (role slug, item kind, count). */
	@Query("select r.slug, i.kind, count(distinct i) from Item i join i.roles r group by r.slug, i.kind")
	List<Object[]> itemCounts();

	/**
	 * Rows of (role slug, article file) for every article a role is the subject of or
	 * defined in.
	 */
	@Query("select r.slug, a.file from Article a join a.subjectRoles r "
			+ "union select d.role.slug, d.article.file from Definition d")
	List<Object[]> sources();

	/** Rows of (role slug, concept id) for every concept a role's items map to. */
	@Query("select distinct r.slug, c.id from Item i join i.roles r join i.concepts c")
	List<Object[]> roleConcepts();

}
