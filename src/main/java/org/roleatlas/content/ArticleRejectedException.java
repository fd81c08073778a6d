package org.roleatlas.content;

/** A file that cannot be loaded as an article; the message is the reason shown in the ingest report. */
public class ArticleRejectedException extends RuntimeException {

	public ArticleRejectedException(String reason) {
		super(reason);
	}

}
