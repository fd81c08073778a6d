package org.roleatlas.role;

import java.util.List;
import java.util.Optional;

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
 * Read queries behind the role pages and API; each reads what its view needs, about one
 * role or concept, and never the raw text of an article.
 */
interface RoleQueries extends Repository<Role, Long> {

	String SOURCED = "select new org.roleatlas.role.Sourced";

	@Query(SOURCED + "(i, a.file) from Item i join i.roles r join i.article a where r.slug = :slug "
			+ "order by a.file, i.position")
	List<Sourced<Item>> items(String slug);

	@Query(SOURCED + "(d, a.file) from Definition d join d.article a where d.role.slug = :slug order by a.file, d.line")
	List<Sourced<Definition>> definitions(String slug);

	@Query(SOURCED + "(s, a.file) from Salary s join s.article a where s.role.slug = :slug order by a.file, s.line")
	List<Sourced<Salary>> salaries(String slug);

	/** The roles this one reports to, in the order of the lines that say so. */
	@Query("select l.reportsTo from ReportingLine l join l.article a where l.role.slug = :slug order by a.file, l.line")
	List<Role> reportsTo(String slug);

	@Query("select l from ReportingLine l join fetch l.role where l.reportsTo.slug = :slug order by l.role.slug")
	List<ReportingLine> linesReportingTo(String slug);

	@Query(SOURCED + "(c, a.file) from CareerStep c join c.article a where c.role.slug = :slug "
			+ "order by a.file, c.position")
	List<Sourced<CareerStep>> careerSteps(String slug);

	@Query(SOURCED + "(s, a.file) from Statement s join s.roles r join s.article a where r.slug = :slug "
			+ "order by a.file, s.line")
	List<Sourced<Statement>> statements(String slug);

	@Query("select a.file from Article a join a.subjectRoles r where r.slug = :slug order by a.file")
	List<String> subjectFiles(String slug);

	@Query("select a.file from Article a join a.mentionedRoles r where r.slug = :slug order by a.file")
	List<String> mentioningFiles(String slug);

	@Query(SOURCED + "(i, a.file) from Item i join i.concepts c join i.article a where c.id = :concept "
			+ "order by a.file, i.position")
	List<Sourced<Item>> conceptItems(String concept);

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

	/** The files of the articles this role is the subject of or defined in. */
	@Query("select a.file from Article a join a.subjectRoles r where r.slug = :slug "
			+ "union select d.article.file from Definition d where d.role.slug = :slug")
	List<String> sourceFiles(String slug);

	/** Rows of (role slug, concept id) for every concept of a role's items. */
	@Query("select distinct r.slug, c.id from Item i join i.roles r join i.concepts c")
	List<Object[]> roleConcepts();

	/** The title of the article of this file. */
	@Query("select a.title from Article a where a.file = :file")
	Optional<String> title(String file);

}
