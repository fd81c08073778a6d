package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.roleatlas.corpus.ArticleFormat;
import org.roleatlas.corpus.DroppedLine;
import org.roleatlas.corpus.Notice;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.ingest.Block.Type;
import org.roleatlas.ingest.ParsedArticle.Section;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.web.AtlasProperties.Limits;

/**
 * Turns a file's text into a {@link ParsedArticle}: front matter, chrome stripped (and
 * reported), structure read with flexmark or the plain-text reader, title, language and
 * sections. Knows no seed file: every decision comes from a general rule and the taxonomy
 * data.
 */
final class ArticleParser {

	private static final int MAX_HEADING_LENGTH = 80;

	private static final int MAX_HEADING_WORDS = 10;

	/**
	 * A page's title line may be longer than its section headings ("Adult Basic
	 * Education, … Instructors").
	 */
	private static final int MAX_TITLE_LENGTH = 160;

	private static final int MAX_TITLE_WORDS = 25;

	private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？]\\s*$");

	/** A question heading opens a section of its own, never an item of the one above. */
	private static final Pattern QUESTION = Pattern.compile("[?？]$");

	private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+\\S");

	/** The first heading of a numbered run ("1. Poznaje potrzeby"). */
	private static final Pattern NUMBERED_HEADING = Pattern.compile("^[0-9０-９]{1,2}[.)．）]?\\s");

	private final Taxonomy taxonomy;

	private final RoleMatcher roles;

	private final LanguageDetector languages;

	private final ChromeFilter chrome;

	private final SectionClassifier classifier;

	private final TextStructureReader textReader;

	private final TitleFinder titles;

	private final ArticleLimits limits;

	public ArticleParser(Taxonomy taxonomy, RoleMatcher roles, Limits limits) {
		this.taxonomy = taxonomy;
		this.limits = new ArticleLimits(limits, taxonomy.markers().anyMarker());
		this.roles = roles;
		this.languages = new LanguageDetector(taxonomy.stopwords());
		this.chrome = new ChromeFilter(taxonomy.chrome(), taxonomy.markers());
		this.classifier = new SectionClassifier(taxonomy.sections(), roles);
		this.textReader = new TextStructureReader(taxonomy.markers(), line -> classifier.classify(line).isPresent());
		this.titles = new TitleFinder(roles, classifier);
	}

	public LanguageDetector languages() {
		return languages;
	}

	public SectionClassifier classifier() {
		return classifier;
	}

	/**
	 * The article read within the configured limits and time budget, else
	 * {@link ArticleRejectedException} naming the limit it broke.
	 */
	public ParsedArticle parse(String file, String text) {
		classifier.startArticle();
		return ParseDeadline.within(limits.limits().parseTime(), () -> parseWithinLimits(file, text));
	}

	private ParsedArticle parseWithinLimits(String file, String text) {
		List<String> lines = List.of(text.split("\\R", -1));
		limits.checkLines(lines);
		FrontMatter frontMatter = FrontMatter.read(lines);
		SourceLines body = new SourceLines(lines.subList(frontMatter.bodyStart() - 1, lines.size()),
				frontMatter.bodyStart());
		List<DroppedLine> dropped = new ArrayList<>();
		List<Notice> warnings = new ArrayList<>(frontMatter.warnings());
		// before the chrome rules, which cost more per line than the limits
		boolean checkedAsMarkdown = format(file, frontMatter, body) == ArticleFormat.MARKDOWN;
		if (checkedAsMarkdown) {
			limits.checkMarkdown(body);
		}
		chrome.filterLines(body, dropped);

		ArticleFormat format = format(file, frontMatter, body);
		if (format == ArticleFormat.MARKDOWN && !checkedAsMarkdown) {
			limits.checkMarkdown(body);
		}
		List<Block> blocks = format == ArticleFormat.MARKDOWN ? new MarkdownStructureReader().read(body)
				: textReader.read(body);
		limits.checkBlocks(blocks);
		ParseDeadline.check();
		if (blocks.isEmpty()) {
			throw new ArticleRejectedException(NoticeCode.NO_TEXT_AFTER_CHROME.with(dropped.size()));
		}
		blocks = markImplicitHeadings(blocks);
		blocks = chrome.dropTablesOfContents(blocks, dropped);
		if (format == ArticleFormat.TEXT) {
			blocks = markImplicitHeadings(splitHeaderLines(blocks));
		}
		blocks = chrome.dropReferenceSections(blocks, dropped);
		blocks = chrome.dropHeadingsOfChrome(blocks, dropped);

		String lang = frontMatter.lang() != null ? frontMatter.lang().toLowerCase(Locale.ROOT)
				: languages.detect(joined(blocks)).lang();
		blocks = chrome.dropForeignPreamble(blocks, lang, languages, dropped);
		if (blocks.isEmpty()) {
			throw new ArticleRejectedException(NoticeCode.NO_TEXT_AFTER_CHROME.with(dropped.size()));
		}

		String title = frontMatter.title();
		boolean titleFromText = false;
		OptionalInt titleLine = title == null ? titles.find(blocks, MAX_TITLE_LENGTH) : OptionalInt.empty();
		if (titleLine.isPresent()) {
			blocks = chrome.dropLinesAboveTitle(blocks, titleLine.getAsInt(), dropped);
			title = blocks.remove(0).text();
			titleFromText = true;
		}
		if (frontMatter.lang() == null && languages.detect(joined(blocks)).lang().equals("und")) {
			warnings.add(NoticeCode.LANGUAGE_UNDETECTED.with());
		}
		dropped.sort(Comparator.comparingInt(DroppedLine::line));
		return sections(file, title, titleFromText, lang, format, frontMatter, blocks, dropped, warnings);
	}

	private static ArticleFormat format(String file, FrontMatter frontMatter, SourceLines body) {
		if ("text".equalsIgnoreCase(frontMatter.format())) {
			return ArticleFormat.TEXT;
		}
		String name = file.toLowerCase(Locale.ROOT);
		if (frontMatter.present() || name.endsWith(".md") || name.endsWith(".markdown")) {
			return ArticleFormat.MARKDOWN;
		}
		long markdownHeadings = body.body().lines().filter(l -> MARKDOWN_HEADING.matcher(l).find()).count();
		return markdownHeadings >= 2 ? ArticleFormat.MARKDOWN : ArticleFormat.TEXT;
	}

	/**
	 * A short one-line paragraph that stands before prose or a list (or ends the page)
	 * reads as a heading on a scraped page: "Role", "Vad gör en Chief Product Officer?";
	 * so does one over a numbered run, which it titles ("7 najważniejszych zadań PM-a"
	 * over "1. Poznaje potrzeby użytkowników"). Before the first prose, such a line may
	 * be as long as a title; the page's first line is one even over a marked heading.
	 */
	private static List<Block> markImplicitHeadings(List<Block> blocks) {
		List<Block> marked = new ArrayList<>(blocks.size());
		boolean beforeProse = true;
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			boolean beforeContent = i == 0 || i + 1 == blocks.size() || blocks.get(i + 1).type() != Type.HEADING
					|| blocks.get(i + 1).implicit() || NUMBERED_HEADING.matcher(blocks.get(i + 1).text()).find();
			boolean shortLine = beforeProse ? isShortLine(block.text(), MAX_TITLE_LENGTH, MAX_TITLE_WORDS)
					: isShortLine(block.text(), MAX_HEADING_LENGTH, MAX_HEADING_WORDS);
			if (block.type() == Type.PARAGRAPH && block.spans().size() == 1 && shortLine && beforeContent) {
				marked.add(block.withType(Type.HEADING, true));
			}
			else {
				marked.add(block);
				beforeProse &= block.type() == Type.HEADING;
			}
		}
		return marked;
	}

	/**
	 * A scraped page's header glues its title, byline and share bar into one paragraph of
	 * short lines; before the first prose, such a paragraph (no line ending as a sentence
	 * does) is split into its lines, so that the title can stand alone.
	 */
	private static List<Block> splitHeaderLines(List<Block> blocks) {
		List<Block> split = new ArrayList<>(blocks.size());
		boolean beforeProse = true;
		for (Block block : blocks) {
			List<Block> lines = block.type() == Type.PARAGRAPH ? block.lines() : List.of(block);
			boolean header = beforeProse && lines.size() > 1
					&& lines.stream().allMatch(l -> isShortLine(l.text(), MAX_TITLE_LENGTH, MAX_TITLE_WORDS));
			if (header) {
				split.addAll(lines);
				continue;
			}
			beforeProse &= block.type() != Type.PARAGRAPH || !SENTENCE_END.matcher(block.text()).find();
			split.add(block);
		}
		return split;
	}

	private static boolean isShortLine(String text, int maxLength, int maxWords) {
		return text.length() <= maxLength && text.split(" ").length <= maxWords && !text.matches(".*[.,;:。]$");
	}

	private ParsedArticle sections(String file, String title, boolean titleFromText, String lang, ArticleFormat format,
			FrontMatter frontMatter, List<Block> blocks, List<DroppedLine> dropped, List<Notice> warnings) {
		List<Block> preamble = new ArrayList<>();
		List<Section> sections = new ArrayList<>();
		String heading = null;
		SectionKind kind = null;
		int headingLine = 0;
		int level = 0;
		List<Block> current = preamble;
		SectionKind context = null;
		for (Block block : blocks) {
			if (block.type() == Type.HEADING) {
				Optional<SectionKind> classified = classifier.classify(block.text());
				boolean itemHeading = block.implicit() && classified.isEmpty() && roles.find(block.text()).isEmpty()
						&& !QUESTION.matcher(block.text()).find() && context != null
						&& (context == SectionKind.RESPONSIBILITIES || context == SectionKind.SKILLS);
				if (!itemHeading) {
					if (heading != null) {
						sections.add(new Section(heading, kind, headingLine, level, current));
					}
					heading = block.text();
					kind = classified.orElse(SectionKind.OTHER);
					headingLine = block.line();
					level = block.level();
					current = new ArrayList<>();
					context = kind;
					continue;
				}
			}
			if (block.type() == Type.PARAGRAPH && classifier.introducesList(block.text())) {
				context = classifier.classify(SectionClassifier.lastSentence(block.text())).orElse(kind);
			}
			current.add(block);
		}
		if (heading != null) {
			sections.add(new Section(heading, kind, headingLine, level, current));
		}
		return new ParsedArticle(file, title, titleFromText, lang, format, frontMatter, preamble, sections, dropped,
				warnings);
	}

	private static String joined(List<Block> blocks) {
		StringBuilder text = new StringBuilder();
		blocks.forEach(b -> text.append(b.text()).append('\n'));
		return text.toString();
	}

}
