package org.roleatlas.ingest;

import java.util.List;
import java.util.Map;

import org.roleatlas.ingest.CorpusScore.FileScore;
import org.roleatlas.ingest.CorpusScore.Item;
import org.roleatlas.ingest.CorpusScore.Match;
import org.roleatlas.ingest.CorpusScore.Tally;

/**
 * Writes the corpus scores for people: a table per language and overall, and per file
 * what was missed, what was extracted wrongly and which chrome became items.
 */
final class CorpusReport {

	private static final String ROW = "%-4s %5s %14s %14s %14s %14s %15s %6s %11s %11s %7s %11s %7s %10s%n";

	private CorpusReport() {
	}

	static String table(Map<String, Tally> tallies) {
		StringBuilder out = new StringBuilder();
		out.append(String.format(ROW, "lang", "files", "resp found", "resp kind", "skills found", "skills kind",
				"precision", "chrome", "language", "subjects", "unknown", "rolemap", "no item", "title=file"));
		tallies.forEach((lang,
				t) -> out.append(String.format(ROW, lang, t.files, cell(t.responsibilitiesFound, t.responsibilities),
						cell(t.responsibilitiesRightKind, t.responsibilities), cell(t.skillsFound, t.skills),
						cell(t.skillsRightKind, t.skills), cell(t.correctItems, t.items), t.chromeItems,
						cell(t.langCorrect, t.files), cell(t.subjectPairsFound, t.subjectPairs), t.unknownRolePairs,
						cell(t.roleMapAttached, t.roleMapRows), t.filesWithoutItems, t.titlesEqualToFileName)));
		out.append("""
				resp/skills found: expected strings contained in an item of the file (kind: by an item of that kind);
				precision: items containing or contained in an expected string; chrome: chrome strings inside items;
				subjects: article-role pairs of known roles among the subject roles (unknown: pairs of roles the
				taxonomy lacks); rolemap: ROLEMAP rows found in an item attached to the named role.
				""");
		return out.toString();
	}

	private static String cell(int part, int whole) {
		return String.format("%d/%d %3.0f%%", part, whole, 100 * Tally.share(part, whole));
	}

	static String details(List<FileScore> scores) {
		StringBuilder out = new StringBuilder();
		for (FileScore score : scores) {
			CorpusScore.Extraction extraction = score.extraction();
			out.append("## ")
				.append(extraction.file())
				.append(String.format("  lang %s (expected %s), title \"%s\", subjects %s (expected %s), %d items%n",
						extraction.lang(), score.expected().lang(), extraction.title(), extraction.subjects(),
						score.expected().roles(), extraction.items().size()));
			missed(out, "responsibility", score.responsibilities());
			missed(out, "skill", score.skills());
			score.falsePositives()
				.forEach(item -> out.append("  false positive: ").append(describe(item)).append('\n'));
			score.chromeItems().forEach(chrome -> out.append("  chrome item: ").append(chrome).append('\n'));
			score.unknownRoles()
				.forEach(role -> out.append("  role unknown to the taxonomy: ").append(role).append('\n'));
			score.roleMapMissed()
				.forEach(row -> out.append("  not attached to ")
					.append(row.role())
					.append(": ")
					.append(row.item())
					.append('\n'));
			out.append('\n');
		}
		return out.toString();
	}

	private static void missed(StringBuilder out, String kind, List<Match> matches) {
		for (Match match : matches) {
			if (!match.found()) {
				out.append("  missed ").append(kind).append(": ").append(match.expected()).append('\n');
			}
			else if (!match.rightKind()) {
				out.append("  wrong kind for ").append(kind).append(": ").append(match.expected()).append('\n');
			}
		}
	}

	private static String describe(Item item) {
		String text = item.kind().label() + " \"" + item.text() + "\"";
		return item.description() == null ? text : text + " — " + item.description();
	}

}
