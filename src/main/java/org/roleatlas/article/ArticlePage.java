package org.roleatlas.article;

/**
 * An article for its page: the view record and its body rendered as safe HTML in the UI
 * language.
 */
public record ArticlePage(ArticleDetail article, String bodyHtml) {
}
