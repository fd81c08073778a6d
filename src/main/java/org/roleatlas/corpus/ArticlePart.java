package org.roleatlas.corpus;

import java.util.Objects;

import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What every row read out of an article carries: its id and the article it comes from, so
 * that no item, fact or statement exists without its source.
 */
@MappedSuperclass
public abstract class ArticlePart {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atlas_seq")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "article_id")
	private Article article;

	protected ArticlePart() {
	}

	protected ArticlePart(Article article) {
		this.article = Objects.requireNonNull(article);
	}

	public Long getId() {
		return id;
	}

	public Article getArticle() {
		return article;
	}

}
