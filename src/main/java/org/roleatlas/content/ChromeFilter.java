package org.roleatlas.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.content.Block.Type;
import org.roleatlas.content.Taxonomy.ChromeRule;
import org.roleatlas.content.Taxonomy.ChromeRules;

/**
 * Strips page chrome with the reviewed rule set of chrome.yaml, keeping every dropped line with the rule that
 * dropped it. Line rules run on the raw lines; block rules (tables of contents, reference sections, text in another
 * language before the article starts, headings left with nothing but chrome under them) run on the blocks.
 */
public final class ChromeFilter {

	static final String TOC = "table-of-contents";

	static final String REFERENCES = "references";

	static final String FOREIGN_LANGUAGE = "foreign-language";

	private static final Pattern MARKERS = Pattern
		.compile("^\\s*(?:#{1,6}\\s+|│\\s*|[·•─▪◦●○■►▶✓✔]\\s*|[-*–—]\\s+|\\d{1,2}[.)]\\s+)");

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private final ChromeRules rules;

	public ChromeFilter(ChromeRules rules) {
		this.rules = rules;
	}

	/** Applies the line rules in place; a rule with a {@code keep} group leaves that part of the line. */
	public void filterLines(SourceLines lines, List<DroppedLine> dropped) {
		for (int line = lines.firstLine(); line <= lines.lastLine(); line++) {
			String raw = lines.get(line);
			String content = TextNormalizer.normalize(MARKERS.matcher(raw).replaceFirst(""));
			if (content.isEmpty()) {
				continue;
			}
			for (ChromeRule rule : rules.lineRules()) {
				Matcher m = rule.pattern().matcher(content);
				if (!m.find()) {
					continue;
				}
				String keep = groupOrNull(m, "keep");
				if (keep != null) {
					dropped.add(new DroppedLine(line, TextNormalizer.normalize(groupOrNull(m, "drop")), rule.name()));
					lines.replace(line, keep);
				}
				else {
					dropped.add(new DroppedLine(line, content, rule.name()));
					lines.replace(line, "");
				}
				break;
			}
		}
	}

	private static String groupOrNull(Matcher m, String group) {
		try {
			return m.group(group);
		}
		catch (IllegalArgumentException noSuchGroup) {
			return null;
		}
	}

	/**
	 * Drops tables of contents: a heading such as "목차" and any list most of whose lines repeat the article's later
	 * headings.
	 */
	public List<Block> dropTablesOfContents(List<Block> blocks, List<DroppedLine> dropped) {
		List<Block> kept = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block.type() == Type.HEADING && isOneOf(block.text(), rules.tocHeadings())) {
				drop(block, TOC, dropped);
				continue;
			}
			if (block.type() == Type.LIST_ITEM && (i == 0 || blocks.get(i - 1).type() != Type.LIST_ITEM)) {
				int end = i;
				while (end < blocks.size() && blocks.get(end).type() == Type.LIST_ITEM) {
					end++;
				}
				List<Block> list = blocks.subList(i, end);
				if (repeatsLaterHeadings(list, blocks.subList(end, blocks.size()))) {
					list.forEach(item -> drop(item, TOC, dropped));
					i = end - 1;
					continue;
				}
			}
			kept.add(block);
		}
		return kept;
	}

	private static boolean repeatsLaterHeadings(List<Block> list, List<Block> rest) {
		List<Set<String>> headings = rest.stream()
			.filter(b -> b.type() == Type.HEADING)
			.map(b -> words(b.text()))
			.toList();
		long repeated = list.stream()
			.map(item -> words(item.text()))
			.filter(item -> headings.stream().anyMatch(heading -> similarity(item, heading) >= 0.5))
			.count();
		return repeated >= 2 && repeated * 2 >= list.size();
	}

	static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		WORD.matcher(PhraseMatch.fold(text)).results().forEach(m -> words.add(m.group()));
		return words;
	}

	private static double similarity(Set<String> a, Set<String> b) {
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		return union.isEmpty() ? 0 : (double) shared.size() / union.size();
	}

	/** Drops reference apparatus: a "References" or "See also" heading and everything under it. */
	public List<Block> dropReferenceSections(List<Block> blocks, List<DroppedLine> dropped) {
		List<Block> kept = new ArrayList<>();
		boolean inReferences = false;
		for (Block block : blocks) {
			if (block.type() == Type.HEADING) {
				inReferences = isOneOf(block.text(), rules.referenceHeadings());
			}
			if (inReferences) {
				drop(block, REFERENCES, dropped);
			}
			else {
				kept.add(block);
			}
		}
		return kept;
	}

	/**
	 * A heading with nothing under it but lines a rule dropped (a marketing box's title) is part of that chrome.
	 */
	public List<Block> dropHeadingsOfChrome(List<Block> blocks, List<DroppedLine> dropped) {
		List<Block> kept = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			boolean empty = block.type() == Type.HEADING
					&& (i + 1 == blocks.size() || blocks.get(i + 1).type() == Type.HEADING);
			if (empty) {
				int nextLine = i + 1 == blocks.size() ? Integer.MAX_VALUE : blocks.get(i + 1).line();
				var chromeBelow = dropped.stream().filter(d -> d.line() > block.line() && d.line() < nextLine)
					.findFirst();
				if (chromeBelow.isPresent()) {
					drop(block, chromeBelow.get().rule(), dropped);
					continue;
				}
			}
			kept.add(block);
		}
		return kept;
	}

	/** Text in another language than the article before its first heading is a banner, not the article. */
	public List<Block> dropForeignPreamble(List<Block> blocks, String articleLang, LanguageDetector detector,
			List<DroppedLine> dropped) {
		List<Block> kept = new ArrayList<>();
		boolean beforeFirstHeading = true;
		for (Block block : blocks) {
			beforeFirstHeading &= block.type() != Type.HEADING;
			if (beforeFirstHeading && WORD.matcher(block.text()).results().count() >= 4) {
				var detection = detector.detect(block.text());
				if (detection.confident() && !detection.lang().equals(articleLang)) {
					drop(block, FOREIGN_LANGUAGE, dropped);
					continue;
				}
			}
			kept.add(block);
		}
		return kept;
	}

	private static void drop(Block block, String rule, List<DroppedLine> dropped) {
		var spans = block.spans();
		for (int i = 0; i < spans.size(); i++) {
			int end = i + 1 < spans.size() ? spans.get(i + 1).offset() : block.text().length();
			dropped.add(new DroppedLine(spans.get(i).line(), block.text().substring(spans.get(i).offset(), end).strip(),
					rule));
		}
		if (block.detail() != null) {
			dropped.add(new DroppedLine(block.line(), block.detail(), rule));
		}
	}

	private static boolean isOneOf(String heading, List<String> phrases) {
		String folded = PhraseMatch.fold(heading).replaceAll("[:：.]+$", "");
		return phrases.stream().anyMatch(p -> p.equalsIgnoreCase(folded));
	}

}
