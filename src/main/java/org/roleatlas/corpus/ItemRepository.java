package org.roleatlas.corpus;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ItemRepository extends Repository<Item, Long> {

	@Query("select distinct i from Item i left join fetch i.concepts where i.article = :article order by i.position")
	List<Item> findByArticle(Article article);

}
