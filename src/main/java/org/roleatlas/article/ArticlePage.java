package org.roleatlas.article;

import java.util.List;

import org.roleatlas.article.ArticleDetail.CandidateView;
import org.roleatlas.article.ArticleDetail.DroppedView;

/**
 * One page of an article: the view record, the body of the page's sections rendered as
 * safe HTML in the UI language, and the dropped lines and candidates of those sections.
 *
 * @param page 0-based
 * @param pages how many pages the article has; 1 for every article under the page size
 */
public record ArticlePage(ArticleDetail article, String bodyHtml, int page, int pages, List<DroppedView> dropped,
		List<CandidateView> candidates) {

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages;
	}

}
