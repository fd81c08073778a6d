package org.roleatlas.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.roleatlas.article.ArticleDetail.DroppedView;
import org.roleatlas.article.ArticleDetail.ItemView;
import org.roleatlas.article.ArticlePages.Range;
import org.roleatlas.corpus.FrontMatterFence;
import org.roleatlas.corpus.MarkdownNesting;
import org.roleatlas.taxonomy.TextNormalizer;
import org.springframework.web.util.HtmlUtils;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;

/**
 * Renders an article as the loader read it: chrome left out, every block anchored by its
 * source line ({@code id="L64"}) so items can cite it, and the lines items came from
 * marked with their kinds. Article text is untrusted: Markdown's raw HTML is escaped into
 * a paragraph of its own, every link or image address other than http(s), mailto,
 * relative and #fragment ones is neutralised, and plain text is escaped line by line.
 */
final class ArticleRenderer {

	/**
	 * The one allow-list of link and image addresses: http(s), mailto, #fragments and
	 * addresses relative to this site. A root-relative address must not open with a
	 * second slash or a backslash, which browsers read as another host
	 * ({@code //evil.example}, {@code /\evil.example}).
	 */
	private static final Pattern SAFE_URL = Pattern
		.compile("^(?:https?:|mailto:|/(?![/\\\\])|#|\\./|\\.\\./|[\\w.-]+(?:/|$|#|\\?))", Pattern.CASE_INSENSITIVE);

	/**
	 * What browsers drop from an address before reading it (tabs, line breaks, control
	 * characters), so {@code /<tab>/evil.example} is checked as the
	 * {@code //evil.example} it becomes.
	 */
	private static final Pattern IGNORED_IN_URL = Pattern.compile("[\\x00-\\x20\\x7f]");

	/**
	 * Deeper Markdown is shown as escaped plain text: flexmark's renderer recurses once
	 * per level of quotes and lists, and the ingest never stores an article this deep
	 * under its default limits.
	 */
	static final int MAX_MARKDOWN_DEPTH = 64;

	private static final Pattern TEXT_HEADING = Pattern.compile("^\\s*(?:#{1,6}\\s+|│\\s*)(.+)$");

	private static final Pattern TEXT_ITEM = Pattern
		.compile("^\\s*(?:[·•─▪◦●○■►▶✓✔]\\s*|[-*–—]\\s+|\\d{1,2}[.)]\\s+)(.+)$");

	private final Parser parser;

	private final HtmlRenderer renderer;

	private final ThreadLocal<Context> context = new ThreadLocal<>();

	/** What the attribute provider needs while one article renders. */
	private record Context(int firstLine, Map<Integer, Set<String>> kindsByLine) {
	}

	public ArticleRenderer() {
		MutableDataSet options = new MutableDataSet();
		options.set(HtmlRenderer.ESCAPE_HTML, true);
		this.parser = Parser.builder(options).build();
		this.renderer = HtmlRenderer.builder(options)
			.attributeProviderFactory(new IndependentAttributeProviderFactory() {
				@Override
				public AttributeProvider apply(LinkResolverContext linkContext) {
					return ArticleRenderer.this::attributes;
				}
			})
			.nodeRendererFactory(dataHolder -> new EscapedHtmlBlocks())
			.build();
	}

	/**
	 * flexmark escapes raw HTML blocks but wraps only some in a paragraph, without
	 * attributes, and leaves comments and some blocks as bare text; here each becomes an
	 * anchored paragraph like any other block.
	 */
	private static final class EscapedHtmlBlocks implements NodeRenderer {

		@Override
		public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
			return Set.of(new NodeRenderingHandler<>(HtmlBlock.class, EscapedHtmlBlocks::render),
					new NodeRenderingHandler<>(HtmlCommentBlock.class, EscapedHtmlBlocks::render));
		}

		private static void render(HtmlBlockBase node, NodeRendererContext context, HtmlWriter html) {
			html.srcPos(node.getChars()).withAttr().tagLine("p", () -> html.text(node.getChars().trimEnd()));
		}

	}

	/**
	 * Safe HTML of the blocks of the article body that start on one page's lines;
	 * {@code kindLabels} maps an item kind to its label in the UI language.
	 */
	public String render(ArticleDetail article, Map<String, String> kindLabels, Range page) {
		List<String> lines = List.of(article.rawText().split("\\R", -1));
		int firstLine = FrontMatterFence.bodyStart(lines);
		String[] body = lines.subList(firstLine - 1, lines.size()).toArray(String[]::new);
		for (DroppedView dropped : article.dropped()) {
			int index = dropped.line() - firstLine;
			if (index >= 0 && index < body.length) {
				body[index] = keptPart(body[index], dropped);
			}
		}
		Map<Integer, Set<String>> kindsByLine = new HashMap<>();
		for (ItemView item : article.items()) {
			item.occurrences()
				.forEach(o -> kindsByLine.computeIfAbsent(o.line(), l -> new TreeSet<>()).add(item.kind()));
		}
		if ("markdown".equals(article.format()) && MarkdownNesting.deepest(Arrays.asList(body)) <= MAX_MARKDOWN_DEPTH) {
			context.set(new Context(firstLine, labelled(kindsByLine, kindLabels)));
			try {
				return renderBlocks(parser.parse(String.join("\n", body)), firstLine, page);
			}
			finally {
				context.remove();
			}
		}
		Set<Integer> headingLines = article.sections().stream().map(s -> s.line()).collect(Collectors.toSet());
		return plainText(body, firstLine, page, headingLines, labelled(kindsByLine, kindLabels));
	}

	/**
	 * The whole body is parsed, so reference links resolve across pages (the definitions
	 * are kept with the document), and the top-level blocks starting off the page are
	 * taken out before it renders.
	 */
	private String renderBlocks(Document document, int firstLine, Range page) {
		List<Node> offPage = new ArrayList<>();
		for (Node block : document.getChildren()) {
			if (!page.holds(block.getStartLineNumber() + firstLine)) {
				offPage.add(block);
			}
		}
		offPage.forEach(Node::unlink);
		return renderer.render(document);
	}

	/** A wiki gloss keeps its term; any other dropped line goes entirely. */
	private static String keptPart(String line, DroppedView dropped) {
		if (!"wiki-gloss".equals(dropped.rule())) {
			return "";
		}
		String normalized = TextNormalizer.normalize(line);
		int at = normalized.indexOf(dropped.text());
		return at > 0 ? normalized.substring(0, at).strip() : "";
	}

	private static Map<Integer, Set<String>> labelled(Map<Integer, Set<String>> kindsByLine,
			Map<String, String> labels) {
		Map<Integer, Set<String>> out = new HashMap<>();
		kindsByLine.forEach((line, kinds) -> out.put(line,
				kinds.stream().map(k -> k + "|" + labels.getOrDefault(k, k)).collect(Collectors.toSet())));
		return out;
	}

	private void attributes(Node node, AttributablePart part, MutableAttributes attributes) {
		Context ctx = context.get();
		// Checking the attributes rather than node types covers every node that emits an
		// address: inline and
		// reference links, autolinks, mail links, images and image references.
		if (attributes.contains("href")) {
			if (!isSafe(attributes.getValue("href"))) {
				attributes.replaceValue("href", "#");
			}
			attributes.replaceValue("rel", "nofollow noopener");
			return;
		}
		if (attributes.contains("src")) {
			if (!isSafe(attributes.getValue("src"))) {
				attributes.remove("src");
			}
			return;
		}
		boolean block = part == AttributablePart.NODE || part == CoreNodeRenderer.TIGHT_LIST_ITEM
				|| part == CoreNodeRenderer.LOOSE_LIST_ITEM;
		boolean anchored = node instanceof Heading || node instanceof Paragraph || node instanceof ListItem
				|| node instanceof HtmlBlockBase;
		if (!block || !anchored || (node instanceof Paragraph && node.getParent() instanceof ListItem)) {
			return;
		}
		int line = node.getStartLineNumber() + ctx.firstLine();
		attributes.replaceValue("id", "L" + line);
		mark(ctx.kindsByLine().get(line), attributes);
	}

	static boolean isSafe(String url) {
		return SAFE_URL.matcher(IGNORED_IN_URL.matcher(url).replaceAll("")).find();
	}

	private static void mark(Set<String> kinds, MutableAttributes attributes) {
		if (kinds == null) {
			return;
		}
		attributes.addValue("class", "extracted");
		attributes.replaceValue("data-kinds",
				kinds.stream().map(k -> k.substring(k.indexOf('|') + 1)).sorted().collect(Collectors.joining(" · ")));
	}

	private static String plainText(String[] body, int firstLine, Range page, Set<Integer> headingLines,
			Map<Integer, Set<String>> kindsByLine) {
		StringBuilder html = new StringBuilder();
		boolean inList = false;
		for (int i = 0; i < body.length; i++) {
			int line = firstLine + i;
			if (!page.holds(line)) {
				continue;
			}
			String text = TextNormalizer.normalize(body[i]);
			if (text.isEmpty()) {
				inList = closeList(html, inList);
				continue;
			}
			var heading = TEXT_HEADING.matcher(body[i]);
			var item = TEXT_ITEM.matcher(body[i]);
			boolean indentedContinuation = inList && TextNormalizer.indentOf(body[i]) > 0;
			String tag;
			if (heading.matches() || headingLines.contains(line)) {
				inList = closeList(html, inList);
				tag = "h2";
				text = heading.matches() ? TextNormalizer.normalize(heading.group(1)) : text;
			}
			else if (item.matches() || indentedContinuation) {
				if (!inList) {
					html.append("<ul>\n");
					inList = true;
				}
				tag = "li";
				text = item.matches() ? TextNormalizer.normalize(item.group(1)) : text;
			}
			else {
				inList = closeList(html, inList);
				tag = "p";
			}
			html.append('<').append(tag).append(" id=\"L").append(line).append('"');
			Set<String> kinds = kindsByLine.get(line);
			if (kinds != null) {
				html.append(" class=\"extracted\" data-kinds=\"")
					.append(HtmlUtils.htmlEscape(kinds.stream()
						.map(k -> k.substring(k.indexOf('|') + 1))
						.sorted()
						.collect(Collectors.joining(" · "))))
					.append('"');
			}
			html.append('>').append(HtmlUtils.htmlEscape(text)).append("</").append(tag).append(">\n");
		}
		closeList(html, inList);
		return html.toString();
	}

	private static boolean closeList(StringBuilder html, boolean inList) {
		if (inList) {
			html.append("</ul>\n");
		}
		return false;
	}

}
