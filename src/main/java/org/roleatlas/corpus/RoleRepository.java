package org.roleatlas.corpus;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface RoleRepository extends Repository<Role, Long> {

	Optional<Role> findBySlug(String slug);

	/** People type {@code /roles/CPO}; the stored slug is the canonical spelling. */
	Optional<Role> findBySlugIgnoreCase(String slug);

	List<Role> findAllByOrderBySlug();

	Role save(Role role);

}
