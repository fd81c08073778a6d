package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.corpus.DroppedLine;
import org.roleatlas.ingest.Block.Type;
import org.roleatlas.taxonomy.Taxonomy.ChromeRule;
import org.roleatlas.taxonomy.Taxonomy.ChromeRules;
import org.roleatlas.taxonomy.Taxonomy.TextMarkers;
import org.roleatlas.taxonomy.TextNormalizer;

/**
 * Strips page chrome with the reviewed rule set of chrome.yaml, keeping every dropped
 * line with the rule that dropped it. Line rules run on the raw lines; block rules
 * (tables of contents, reference sections, text in another language before the article
 * starts, headings left with nothing but chrome under them) run on the blocks and report
 * under their own names.
 */
final class ChromeFilter {

	static final String TOC = "table-of-contents";

	static final String REFERENCES = "references";

	static final String FOREIGN_LANGUAGE = "foreign-language";

	static final String HEADING_OF_CHROME = "heading-of-chrome";

	static final String BEFORE_TITLE = "before-title";

	private final ChromeRules rules;

	private final Pattern markers;

	private final TableOfContents tableOfContents;

	private final Set<String> lineRuleNames = new HashSet<>();

	/** Of the line rules, in order: most lines contain none of the words a rule needs. */
	private final RequiredLiterals lineRuleLiterals;

	public ChromeFilter(ChromeRules rules, TextMarkers markers) {
		this.rules = rules;
		this.markers = markers.anyMarker();
		this.tableOfContents = new TableOfContents(rules.tocHeadings());
		rules.lineRules().forEach(rule -> lineRuleNames.add(rule.name()));
		this.lineRuleLiterals = RequiredLiterals.of(rules.lineRules().stream().map(ChromeRule::pattern).toList());
	}

	/**
	 * Applies the line rules in place; a rule with a {@code keep} group leaves that part
	 * of the line, a rule with {@code continues} also drops the lines after it that match
	 * that pattern.
	 */
	public void filterLines(SourceLines lines, List<DroppedLine> dropped) {
		for (int line = lines.firstLine(); line <= lines.lastLine(); line++) {
			String content = withoutMarker(lines.get(line));
			if (content.isEmpty()) {
				continue;
			}
			BitSet possible = lineRuleLiterals.mayMatch(RequiredLiterals.fold(content));
			CharSequence guarded = null;
			for (int r = possible.nextSetBit(0); r >= 0; r = possible.nextSetBit(r + 1)) {
				ChromeRule rule = rules.lineRules().get(r);
				if (guarded == null) {
					guarded = ParseDeadline.guard(content);
				}
				Matcher m = rule.pattern().matcher(guarded);
				if (!m.find()) {
					continue;
				}
				String keep = groupOrNull(m, "keep");
				if (keep != null) {
					dropped.add(new DroppedLine(line, TextNormalizer.normalize(groupOrNull(m, "drop")), rule.name()));
					lines.replace(line, keep);
				}
				else {
					dropLine(lines, line, rule.name(), dropped);
				}
				if (rule.continues() != null) {
					line = dropContinuation(lines, line, rule, dropped);
				}
				break;
			}
		}
	}

	/**
	 * Drops the lines after {@code line} that continue its rule's chrome; returns the
	 * last line it dropped.
	 */
	private int dropContinuation(SourceLines lines, int line, ChromeRule rule, List<DroppedLine> dropped) {
		int last = line;
		for (int next = line + 1; next <= lines.lastLine(); next++) {
			String raw = lines.get(next);
			if (raw.isBlank()) {
				continue;
			}
			if (!rule.continues().matcher(ParseDeadline.guard(raw)).find()) {
				break;
			}
			dropLine(lines, next, rule.name(), dropped);
			last = next;
		}
		return last;
	}

	private void dropLine(SourceLines lines, int line, String rule, List<DroppedLine> dropped) {
		dropped.add(new DroppedLine(line, withoutMarker(lines.get(line)), rule));
		lines.replace(line, "");
	}

	private String withoutMarker(String raw) {
		return TextNormalizer.normalize(markers.matcher(raw).replaceFirst(""));
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
	 * Drops tables of contents ({@link TableOfContents}): a heading such as "목차", any
	 * list most of whose lines repeat the article's later headings, and the lines right
	 * under (or glued under) such a heading that do ("Contents", "1 Overview" …).
	 */
	public List<Block> dropTablesOfContents(List<Block> blocks, List<DroppedLine> dropped) {
		BitSet contents = tableOfContents.find(blocks);
		List<Block> kept = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			if (contents.get(i)) {
				drop(blocks.get(i), TOC, dropped);
			}
			else {
				kept.add(blocks.get(i));
			}
		}
		return kept;
	}

	/**
	 * Drops reference apparatus: a "References" or "See also" heading and everything
	 * under it.
	 */
	public List<Block> dropReferenceSections(List<Block> blocks, List<DroppedLine> dropped) {
		List<Block> kept = new ArrayList<>();
		boolean inReferences = false;
		for (Block block : blocks) {
			if (block.type() == Type.HEADING) {
				inReferences = TableOfContents.isOneOf(block.text(), rules.referenceHeadings());
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
	 * A heading with nothing under it but lines a line rule dropped (a marketing box's
	 * title) is part of that chrome. A heading above a table of contents or a reference
	 * section is not: a page's title often stands over its contents list, and over a
	 * byline or job facts a rule dropped, so headings before the first text stay (the
	 * title finder drops the site header above the title).
	 */
	public List<Block> dropHeadingsOfChrome(List<Block> blocks, List<DroppedLine> dropped) {
		List<Block> kept = new ArrayList<>();
		boolean beforeText = true;
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			beforeText &= block.type() == Type.HEADING;
			boolean empty = !beforeText && block.type() == Type.HEADING
					&& (i + 1 == blocks.size() || blocks.get(i + 1).type() == Type.HEADING);
			int nextLine = i + 1 == blocks.size() ? Integer.MAX_VALUE : blocks.get(i + 1).line();
			boolean overLineChrome = empty && dropped.stream()
				.anyMatch(d -> d.line() > block.line() && d.line() < nextLine && lineRuleNames.contains(d.rule()));
			if (overLineChrome) {
				drop(block, HEADING_OF_CHROME, dropped);
				continue;
			}
			kept.add(block);
		}
		return kept;
	}

	/**
	 * The short lines above a page's own title are its site header: a site name, a menu
	 * word no rule knows.
	 */
	public List<Block> dropLinesAboveTitle(List<Block> blocks, int titleIndex, List<DroppedLine> dropped) {
		blocks.subList(0, titleIndex).forEach(block -> drop(block, BEFORE_TITLE, dropped));
		return new ArrayList<>(blocks.subList(titleIndex, blocks.size()));
	}

	/**
	 * Text in another language than the article before its first heading is a banner, not
	 * the article.
	 */
	public List<Block> dropForeignPreamble(List<Block> blocks, String articleLang, LanguageDetector detector,
			List<DroppedLine> dropped) {
		List<Block> kept = new ArrayList<>();
		boolean beforeFirstHeading = true;
		for (Block block : blocks) {
			beforeFirstHeading &= block.type() != Type.HEADING;
			if (beforeFirstHeading && TableOfContents.WORD.matcher(block.text()).results().count() >= 4) {
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
		block.lines().forEach(line -> dropped.add(new DroppedLine(line.line(), line.text(), rule)));
		if (block.detail() != null) {
			dropped.add(new DroppedLine(block.line(), block.detail(), rule));
		}
	}

}
