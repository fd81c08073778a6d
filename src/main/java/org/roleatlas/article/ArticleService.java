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
import org.roleatlas.article.ArticlePages.Range;
import org.roleatlas.corpus.Article;
import org.roleatlas.corpus.ArticleRepository;
import org.roleatlas.corpus.Concept;
import org.roleatlas.corpus.ItemKind;
import org.roleatlas.corpus.ItemRepository;
import org.roleatlas.corpus.Notice;
import org.roleatlas.corpus.Role;
import org.roleatlas.web.AtlasProperties;
import org.roleatlas.web.BadRequestException;
import org.roleatlas.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Read side of the content: the ingest report and single articles, as view records. */
@Service
@Transactional(readOnly = true)
class ArticleService {

	private static final ArticleRenderer RENDERER = new ArticleRenderer();

	private final ArticleRepository articles;

	private final ItemRepository items;

	private final MessageSource messages;

	private final DataSize pageSize;

	ArticleService(ArticleRepository articles, ItemRepository items, MessageSource messages,
			AtlasProperties properties) {
		this.articles = articles;
		this.items = items;
		this.messages = messages;
		this.pageSize = properties.articlePageSize();
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
	 * One page of the article (0-based), its body rendered with item kinds labelled in
	 * the page's language.
	 */
	public ArticlePage page(String file, int page, Locale locale) {
		if (page < 0) {
			throw new BadRequestException("error.article.page", "'page' counts from 0; it cannot be negative.");
		}
		ArticleDetail article = article(file);
		ArticlePages pages = pages(article);
		if (page >= pages.count()) {
			int last = pages.count() - 1;
			throw new NotFoundException("error.article.pageNotFound",
					"The article '" + file + "' has pages 0 to " + last + "; there is no page " + page, file, last,
					page);
		}
		Map<String, String> kindLabels = new LinkedHashMap<>();
		for (ItemKind kind : ItemKind.values()) {
			kindLabels.put(kind.label(), messages.getMessage("kind." + kind.label(), null, locale));
		}
		Range range = pages.range(page);
		return new ArticlePage(article, RENDERER.render(article, kindLabels, range), page, pages.count(),
				article.dropped().stream().filter(d -> range.holds(d.line())).toList(),
				article.candidates().stream().filter(c -> range.holds(c.line())).toList());
	}

	/** The 0-based page of the article that shows the line. */
	public int pageOf(String file, int line) {
		return pages(article(file)).pageOf(line);
	}

	private ArticlePages pages(ArticleDetail article) {
		return ArticlePages.of(article, pageSize.toBytes());
	}

	/** The API words notices in English, whatever the request's locale. */
	private List<String> english(List<Notice> notices) {
		return Notice.wordedIn(notices, messages, Locale.ENGLISH);
	}

}
