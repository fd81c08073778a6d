package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.roleatlas.corpus.ItemKind;

/**
 * Scores extracted items against the labels of the shared development corpus exactly as
 * its README defines: both sides normalised by collapsing white space and case-folding;
 * an expected string is found when an item of the same file contains it in its text or
 * description (with the right kind when the item's kind matches the label's column); an
 * item is correct when its text or description contains an expected string of the file or
 * is contained in one; a chrome string contained in any item is a chrome item. Plain Java
 * over plain records, so any extraction can be scored with it.
 */
final class CorpusScore {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\uFEFF]+");

	private static final String LIST_SEPARATOR = " | ";

	/** One row of EXPECTED.tsv. */
	record Expected(String file, List<String> roles, String lang, List<String> responsibilities, List<String> skills,
			List<String> chrome) {

		List<String> items() {
			List<String> all = new ArrayList<>(responsibilities);
			all.addAll(skills);
			return all;
		}

	}

	/** One row of ROLEMAP.tsv: whose item it is in a multi-role article. */
	record RoleMapRow(String file, String item, String role) {
	}

	/**
	 * An extracted item as stored: kind, text, description and the roles it is attached
	 * to.
	 */
	record Item(ItemKind kind, String text, String description, Set<String> roles) {
	}

	/**
	 * What the loader made of one file; {@code items} is empty for a rejected file.
	 */
	record Extraction(String file, String lang, String title, Set<String> subjects, List<Item> items) {
	}

	/**
	 * The outcome for one expected string: found at all, and found with the right kind.
	 */
	record Match(String expected, boolean found, boolean rightKind) {
	}

	/** Everything scored on one file, kept for the per-file detail. */
	record FileScore(Expected expected, Extraction extraction, List<Match> responsibilities, List<Match> skills,
			List<Item> falsePositives, List<String> chromeItems, List<String> subjectRolesMissed,
			List<String> unknownRoles, List<RoleMapRow> roleMapMissed, int roleMapRows, boolean langCorrect,
			boolean titleIsFileName) {

		int found(List<Match> matches) {
			return (int) matches.stream().filter(Match::found).count();
		}

		int rightKind(List<Match> matches) {
			return (int) matches.stream().filter(Match::rightKind).count();
		}

	}

	/** Sums over a set of files (one language or all). */
	static final class Tally {

		int files;

		int responsibilities;

		int responsibilitiesFound;

		int responsibilitiesRightKind;

		int skills;

		int skillsFound;

		int skillsRightKind;

		int items;

		int correctItems;

		int chromeItems;

		int langCorrect;

		int subjectPairs;

		int subjectPairsFound;

		int unknownRolePairs;

		int roleMapRows;

		int roleMapAttached;

		int filesWithoutItems;

		int titlesEqualToFileName;

		void add(FileScore score) {
			files++;
			responsibilities += score.responsibilities().size();
			responsibilitiesFound += score.found(score.responsibilities());
			responsibilitiesRightKind += score.rightKind(score.responsibilities());
			skills += score.skills().size();
			skillsFound += score.found(score.skills());
			skillsRightKind += score.rightKind(score.skills());
			items += score.extraction().items().size();
			correctItems += score.extraction().items().size() - score.falsePositives().size();
			chromeItems += score.chromeItems().size();
			langCorrect += score.langCorrect() ? 1 : 0;
			int known = score.expected().roles().size() - score.unknownRoles().size();
			subjectPairs += known;
			subjectPairsFound += known - score.subjectRolesMissed().size();
			unknownRolePairs += score.unknownRoles().size();
			roleMapRows += score.roleMapRows();
			roleMapAttached += score.roleMapRows() - score.roleMapMissed().size();
			filesWithoutItems += score.extraction().items().isEmpty() ? 1 : 0;
			titlesEqualToFileName += score.titleIsFileName() ? 1 : 0;
		}

		double responsibilitiesRightKindShare() {
			return share(responsibilitiesRightKind, responsibilities);
		}

		double skillsFoundShare() {
			return share(skillsFound, skills);
		}

		double precision() {
			return share(correctItems, items);
		}

		double langShare() {
			return share(langCorrect, files);
		}

		double subjectShare() {
			return share(subjectPairsFound, subjectPairs);
		}

		double roleMapShare() {
			return share(roleMapAttached, roleMapRows);
		}

		/** A share of nothing is complete: no label can be missed. */
		static double share(int part, int whole) {
			return whole == 0 ? 1.0 : (double) part / whole;
		}

	}

	private final Map<String, Expected> expected;

	private final List<RoleMapRow> roleMap;

	private final Set<String> knownRoles;

	CorpusScore(Map<String, Expected> expected, List<RoleMapRow> roleMap, Set<String> knownRoles) {
		this.expected = expected;
		this.roleMap = roleMap;
		this.knownRoles = knownRoles;
	}

	/** Reads EXPECTED.tsv and ROLEMAP.tsv of a corpus folder. */
	static CorpusScore read(Path corpus, Set<String> knownRoles) throws IOException {
		Map<String, Expected> expected = new LinkedHashMap<>();
		for (String[] row : rows(corpus.resolve("EXPECTED.tsv"), 6)) {
			expected.put(row[0], new Expected(row[0], list(row[1], ","), row[2].trim(), list(row[3], LIST_SEPARATOR),
					list(row[4], LIST_SEPARATOR), list(row[5], LIST_SEPARATOR)));
		}
		List<RoleMapRow> roleMap = new ArrayList<>();
		for (String[] row : rows(corpus.resolve("ROLEMAP.tsv"), 3)) {
			roleMap.add(new RoleMapRow(row[0], row[1], row[2].trim()));
		}
		return new CorpusScore(expected, roleMap, knownRoles);
	}

	private static List<String[]> rows(Path tsv, int columns) throws IOException {
		List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
		List<String[]> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (!line.isBlank()) {
				rows.add(Arrays.copyOf(line.split("\t", -1), columns));
			}
		}
		return rows;
	}

	private static List<String> list(String cell, String separator) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		return Arrays.stream(cell.split(Pattern.quote(separator))).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	Set<String> files() {
		return expected.keySet();
	}

	/** White space collapsed, case folded: the only normalisation the README allows. */
	static String normalise(String text) {
		if (text == null) {
			return "";
		}
		return WHITESPACE.matcher(text).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
	}

	FileScore score(Extraction extraction) {
		Expected labels = expected.get(extraction.file());
		if (labels == null) {
			throw new IllegalArgumentException("No labels for " + extraction.file());
		}
		List<Item> items = extraction.items();
		List<String> expectedItems = labels.items().stream().map(CorpusScore::normalise).toList();
		List<Item> falsePositives = items.stream()
			.filter(item -> expectedItems.stream().noneMatch(e -> isCorrect(item, e)))
			.toList();
		List<String> chromeItems = labels.chrome()
			.stream()
			.filter(chrome -> items.stream().anyMatch(item -> contains(item, normalise(chrome))))
			.toList();
		List<String> unknown = labels.roles().stream().filter(r -> !knownRoles.contains(r)).toList();
		List<String> missed = labels.roles()
			.stream()
			.filter(knownRoles::contains)
			.filter(r -> !extraction.subjects().contains(r))
			.toList();
		List<RoleMapRow> rows = roleMap.stream().filter(r -> r.file().equals(extraction.file())).toList();
		List<RoleMapRow> roleMapMissed = rows.stream()
			.filter(row -> items.stream()
				.noneMatch(item -> item.roles().contains(row.role()) && contains(item, normalise(row.item()))))
			.toList();
		return new FileScore(labels, extraction, matches(labels.responsibilities(), ItemKind.RESPONSIBILITY, items),
				matches(labels.skills(), ItemKind.SKILL, items), falsePositives, chromeItems, missed, unknown,
				roleMapMissed, rows.size(), labels.lang().equals(extraction.lang()),
				isFileName(extraction.title(), extraction.file()));
	}

	private static List<Match> matches(List<String> labels, ItemKind kind, List<Item> items) {
		List<Match> matches = new ArrayList<>();
		for (String label : labels) {
			String key = normalise(label);
			boolean found = items.stream().anyMatch(item -> contains(item, key));
			boolean rightKind = items.stream().anyMatch(item -> item.kind() == kind && contains(item, key));
			matches.add(new Match(label, found, rightKind));
		}
		return matches;
	}

	private static boolean contains(Item item, String key) {
		return normalise(item.text()).contains(key)
				|| (item.description() != null && normalise(item.description()).contains(key));
	}

	private static boolean isCorrect(Item item, String expectedKey) {
		if (contains(item, expectedKey)) {
			return true;
		}
		String text = normalise(item.text());
		String description = normalise(item.description());
		return (!text.isEmpty() && expectedKey.contains(text))
				|| (!description.isEmpty() && expectedKey.contains(description));
	}

	private static boolean isFileName(String title, String file) {
		if (title == null) {
			return false;
		}
		String name = file.substring(file.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		return title.equals(name) || title.equals(stem);
	}

	/** Per language (sorted), then "all". */
	static Map<String, Tally> tally(List<FileScore> scores) {
		Map<String, Tally> byLang = new TreeMap<>();
		Tally all = new Tally();
		for (FileScore score : scores) {
			byLang.computeIfAbsent(score.expected().lang(), l -> new Tally()).add(score);
			all.add(score);
		}
		Map<String, Tally> table = new LinkedHashMap<>(byLang);
		table.put("all", all);
		return table;
	}

}
