package org.roleatlas.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.roleatlas.article.ArticleDetail.CandidateView;
import org.roleatlas.article.ArticleDetail.DroppedView;
import org.roleatlas.article.ArticleDetail.ItemView;
import org.roleatlas.article.ArticleDetail.OccurrenceView;
import org.roleatlas.article.ArticleDetail.SectionView;
import org.roleatlas.corpus.Article;
import org.roleatlas.corpus.ArticleRepository;
import org.roleatlas.corpus.Concept;
import org.roleatlas.corpus.ItemKind;
import org.roleatlas.corpus.ItemRepository;
import org.roleatlas.corpus.Notice;
import org.roleatlas.corpus.Role;
import org.roleatlas.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the content: the ingest report and single articles, as view records. */
@Service
@Transactional(readOnly = true)
class ArticleService {

	private static final ArticleRenderer RENDERER = new ArticleRenderer();

	private final ArticleRepository articles;

	private final ItemRepository items;

	private final MessageSource messages;

	ArticleService(ArticleRepository articles, ItemRepository items, MessageSource messages) {
		this.articles = articles;
		this.items = items;
		this.messages = messages;
	}

	public ArticleDetail article(String file) {
		Article article = articles.findByFile(file)
			.orElseThrow(() -> new NotFoundException("error.article.notFound",
					"No article '" + file + "' in the content folder", file));
		List<ItemView> itemViews = items.findByArticle(article)
			.stream()
			.map(item -> new ItemView(item.getKind().label(), item.getText(), item.getDescription(), item.getLang(),
					item.getConcepts().stream().map(Concept::getId).toList(), Role.slugs(item.getRoles()),
					item.getSection(), item.getLine(),
					item.getOccurrences().stream().map(o -> new OccurrenceView(o.line(), o.section())).toList()))
			.toList();
		return new ArticleDetail(article.getFile(), article.getTitle(), article.getLang(), article.getFormat(),
				article.getSource(), article.getTags(), Role.slugs(article.getSubjectRoles()),
				Role.slugs(article.getMentionedRoles()),
				article.getSections()
					.stream()
					.map(s -> new SectionView(s.heading(), s.kind().label(), s.line()))
					.toList(),
				itemViews,
				article.getDroppedLines().stream().map(d -> new DroppedView(d.line(), d.text(), d.rule())).toList(),
				article.getCandidates()
					.stream()
					.map(c -> new CandidateView(c.line(), c.text(), c.kept() ? c.kind().label() : null, c.cue()))
					.toList(),
				english(article.getWarnings()), article.getWarnings(), article.getRawText());
	}

	/**
	 * The article with its body rendered for the page, item kinds labelled in the page's
	 * language.
	 */
	public ArticlePage page(String file, Locale locale) {
		ArticleDetail article = article(file);
		Map<String, String> kindLabels = new LinkedHashMap<>();
		for (ItemKind kind : ItemKind.values()) {
			kindLabels.put(kind.label(), messages.getMessage("kind." + kind.label(), null, locale));
		}
		return new ArticlePage(article, RENDERER.render(article, kindLabels));
	}

	/** The API words notices in English, whatever the request's locale. */
	private List<String> english(List<Notice> notices) {
		return Notice.wordedIn(notices, messages, Locale.ENGLISH);
	}

}
