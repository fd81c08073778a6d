package org.roleatlas.ingest;

import org.roleatlas.corpus.Notice;

/**
 * A file that cannot be loaded as an article; the notice is the reason shown in the
 * ingest report.
 */
class ArticleRejectedException extends RuntimeException {

	private final transient Notice notice;

	public ArticleRejectedException(Notice notice) {
		super(notice.toString());
		this.notice = notice;
	}

	public Notice notice() {
		return notice;
	}

}
