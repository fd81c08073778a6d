package org.roleatlas.corpus;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface RejectedFileRepository extends Repository<RejectedFile, Long> {

	List<RejectedFile> findAllByOrderByFile();

}
