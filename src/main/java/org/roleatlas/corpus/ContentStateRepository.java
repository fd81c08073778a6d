package org.roleatlas.corpus;

import java.util.List;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import jakarta.persistence.LockModeType;

public interface ContentStateRepository extends Repository<ContentState, Integer> {

	/**
	 * The state, locked until the caller's transaction ends: a second writer (on this
	 * node or another) waits here until the first has committed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from ContentState s where s.id = " + ContentState.ONLY_ROW)
	ContentState lockForWrite();

	@Query("select s from ContentState s where s.id = " + ContentState.ONLY_ROW)
	ContentState read();

	/**
	 * Files replaced or removed after {@code version}, each with the last version that
	 * did.
	 */
	@Query("select r.file, max(r.removedIn) from RemovedFile r where r.removedIn > :version group by r.file")
	List<Object[]> removedAfter(long version);

}
