package org.roleatlas.corpus;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ArticleRepository extends Repository<Article, Long> {

	@Query("select distinct a from Article a left join fetch a.subjectRoles order by a.file")
	List<Article> findAllWithRoles();

	Optional<Article> findByFile(String file);

	long count();

	@Query("select i.article.id, i.kind, count(i) from Item i group by i.article.id, i.kind")
	List<Object[]> countItemsByArticleAndKind();

}
