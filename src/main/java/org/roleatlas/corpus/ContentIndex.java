package org.roleatlas.corpus;

import org.roleatlas.taxonomy.Taxonomy;

/**
 * The search index as an ingest feeds it, beside the version being served: the ingest
 * writes each item and definition of the next version inside its own transaction and
 * hands it over here, and search keeps those documents out of every result until the
 * version is swapped in. The index may be behind the database (a restart on a persisted
 * index, a version written by another node): {@link #catchUp} indexes what it lacks.
 * Implemented by search, so the ingest does not depend on it; all calls come from the one
 * ingest that runs at a time.
 */
public interface ContentIndex {

	/** The version and floor whose documents the index holds. */
	ContentVersion indexed();

	/**
	 * Inside the writer's transaction, before anything is written: indexes the stored
	 * articles the index lacks to hold {@code stored}, beside the served version.
	 */
	void catchUp(ContentVersion stored);

	/**
	 * An item or definition of the version being written in the current transaction, with
	 * its id, article, roles and concepts in memory (the writer inserts its rows without
	 * persisting it).
	 */
	void add(ArticlePart part);

	/**
	 * Turns what was added since the last call into documents: called once the writer has
	 * written their batch.
	 */
	void flush();

	/**
	 * Everything added is in the index and the words search understands for this content
	 * (its roles, the taxonomy's concepts) are prepared; called inside the transaction,
	 * before it commits.
	 */
	void ready(Taxonomy taxonomy);

	/**
	 * {@code served} has committed and is being made current (readers are held off): the
	 * documents of files replaced or removed since the version indexed before go, and
	 * search switches to what {@link #ready} prepared.
	 */
	void swapped(ContentVersion served);

	/**
	 * Once readers are let in again: removes the documents below the served floor (those
	 * a full reload replaced).
	 */
	void dropReplaced();

	/** The version being written was rolled back: removes its documents. */
	void abandon();

}
