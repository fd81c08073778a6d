package org.roleatlas.content;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.roleatlas.content.ArticleDetail.DroppedView;
import org.roleatlas.content.ArticleDetail.ItemView;
import org.roleatlas.content.ArticleDetail.OccurrenceView;
import org.roleatlas.content.ArticleDetail.SectionView;
import org.roleatlas.content.IngestReport.ArticleSummary;
import org.roleatlas.content.IngestReport.Rejected;
import org.roleatlas.content.IngestReport.Totals;
import org.roleatlas.role.Role;
import org.roleatlas.web.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import java.util.Collection;

/** Read side of the content: the ingest report and single articles, as view records. */
@Service
@Transactional(readOnly = true)
class ArticleService {

	private static final ArticleRenderer RENDERER = new ArticleRenderer();

	private final ArticleRepository articles;

	private final ItemRepository items;

	private final RejectedFileRepository rejectedFiles;

	private final IngestService ingest;

	private final MessageSource messages;

	ArticleService(ArticleRepository articles, ItemRepository items, RejectedFileRepository rejectedFiles,
			IngestService ingest, MessageSource messages) {
		this.articles = articles;
		this.items = items;
		this.rejectedFiles = rejectedFiles;
		this.ingest = ingest;
		this.messages = messages;
	}

	public IngestReport report() {
		Map<Long, Map<ItemKind, Integer>> counts = new HashMap<>();
		for (Object[] row : articles.countItemsByArticleAndKind()) {
			counts.computeIfAbsent((Long) row[0], id -> new EnumMap<>(ItemKind.class))
				.put((ItemKind) row[1], ((Number) row[2]).intValue());
		}
		List<ArticleSummary> summaries = articles.findAllWithRoles().stream().map(article -> {
			Map<ItemKind, Integer> byKind = counts.getOrDefault(article.getId(), Map.of());
			return new ArticleSummary(article.getFile(), article.getTitle(), article.getLang(), article.getFormat(),
					slugs(article.getSubjectRoles()), slugs(article.getMentionedRoles()),
					article.getSections().size(), byKind.getOrDefault(ItemKind.RESPONSIBILITY, 0),
					byKind.getOrDefault(ItemKind.SKILL, 0), byKind.getOrDefault(ItemKind.METRIC, 0),
					article.getDroppedLines().size(), english(article.getWarnings()), article.getWarnings());
		}).toList();
		List<Rejected> rejected = rejectedFiles.findAllByOrderByFile().stream()
			.map(r -> new Rejected(r.getFile(), english(r.getReason()), r.getReason()))
			.toList();
		IngestSummary summary = ingest.lastSummary();
		Totals totals = new Totals(summaries.size(), rejected.size(),
				summaries.stream().mapToInt(s -> s.responsibilities() + s.skills() + s.metrics()).sum(),
				summaries.stream().mapToInt(ArticleSummary::droppedLines).sum(),
				List.copyOf(new TreeSet<>(summaries.stream().map(ArticleSummary::lang).toList())),
				List.copyOf(new TreeSet<>(summaries.stream().flatMap(s -> s.roles().stream()).toList())));
		return new IngestReport(summary.startedAt(), summary.took().toMillis(), summary.contentDir(), summary.files(),
				summaries, rejected, summary.skipped(), english(summary.warnings()), summary.warnings(), totals);
	}

	public ArticleDetail article(String file) {
		Article article = articles.findByFile(file)
			.orElseThrow(() -> new NotFoundException("error.article.notFound",
					"No article '" + file + "' in the content folder", file));
		List<ItemView> itemViews = items.findByArticle(article).stream()
			.map(item -> new ItemView(item.getKind().label(), item.getText(), item.getDescription(), item.getLang(),
					item.getConcepts().stream().map(Concept::getId).toList(), slugs(item.getRoles()), item.getSection(),
					item.getLine(),
					item.getOccurrences().stream().map(o -> new OccurrenceView(o.line(), o.section())).toList()))
			.toList();
		return new ArticleDetail(article.getFile(), article.getTitle(), article.getLang(), article.getFormat(),
				article.getSource(), article.getTags(), slugs(article.getSubjectRoles()),
				slugs(article.getMentionedRoles()),
				article.getSections().stream().map(s -> new SectionView(s.heading(), s.kind().label(), s.line())).toList(),
				itemViews,
				article.getDroppedLines().stream().map(d -> new DroppedView(d.line(), d.text(), d.rule())).toList(),
				english(article.getWarnings()), article.getWarnings(), article.getRawText());
	}

	/** The article with its body rendered for the page, item kinds labelled in the page's language. */
	public ArticlePage page(String file, Locale locale) {
		ArticleDetail article = article(file);
		Map<String, String> kindLabels = new LinkedHashMap<>();
		for (ItemKind kind : ItemKind.values()) {
			kindLabels.put(kind.label(), messages.getMessage("kind." + kind.label(), null, locale));
		}
		return new ArticlePage(article, RENDERER.render(article, kindLabels));
	}

	/** The API words notices in English, whatever the request's locale. */
	private String english(Notice notice) {
		return notice.wordedIn(messages, Locale.ENGLISH);
	}

	private List<String> english(List<Notice> notices) {
		return notices.stream().map(this::english).toList();
	}

	private static List<String> slugs(Collection<Role> roles) {
		return roles.stream().map(Role::getSlug).sorted().toList();
	}

}
