package org.roleatlas.content;

import java.util.List;

import org.springframework.data.repository.Repository;

interface RejectedFileRepository extends Repository<RejectedFile, Long> {

	List<RejectedFile> findAllByOrderByFile();

}
