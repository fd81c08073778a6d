package org.roleatlas.ingest;

import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.persister.entity.EntityPersister;

import jakarta.persistence.EntityManager;

/**
 * Gives an entity the id {@code persist} would give it (its own generator, the pooled
 * {@code atlas_seq}), without putting it in the persistence context: the writer inserts
 * its rows through JDBC batches, and ids stay the ones every other writer of the sequence
 * expects.
 */
final class EntityIds {

	private final SessionImplementor session;

	/** In the transaction whose session draws the ids. */
	EntityIds(EntityManager entityManager) {
		this.session = entityManager.unwrap(SessionImplementor.class);
	}

	<T> T assign(T entity) {
		EntityPersister persister = session.getEntityPersister(null, entity);
		Object id = ((BeforeExecutionGenerator) persister.getGenerator()).generate(session, entity, null,
				EventType.INSERT);
		persister.setIdentifier(entity, id, session);
		return entity;
	}

}
