package org.roleatlas.corpus;

import org.roleatlas.taxonomy.Taxonomy;

/**
 * The search index as an ingest feeds it, beside the version being served: the ingest
 * writes each item and definition of the next version inside its own transaction and
 * hands it over here, and search keeps those documents out of every result until the
 * version is swapped in. Implemented by search, so the ingest does not depend on it; all
 * calls come from the one ingest that runs at a time.
 */
public interface ContentIndex {

	/**
	 * An item or definition of the version being written, persisted in the current
	 * transaction.
	 */
	void add(ArticlePart part);

	/**
	 * Turns what was added since the last call into documents, while the entities are
	 * still attached: called before the writer clears its session.
	 */
	void flush();

	/**
	 * Everything added is in the index and the words search understands for this content
	 * (its roles, the taxonomy's concepts) are prepared; called inside the transaction,
	 * before it commits.
	 */
	void ready(Taxonomy taxonomy);

	/**
	 * The new version has committed and is being made current (readers are held off):
	 * search switches to what {@link #ready} prepared.
	 */
	void swapped();

	/** Once readers are let in again: removes the documents of the version replaced. */
	void dropReplaced();

	/** The version being written was rolled back: removes its documents. */
	void abandon();

}
