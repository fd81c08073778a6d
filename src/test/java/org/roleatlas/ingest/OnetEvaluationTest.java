package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.roleatlas.corpus.ItemKind;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TaxonomyLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Opt-in ({@code -Datlas.onet-dir=DIR}): the loader on the articles that
 * {@code ../shared/data/onet/generate.py DIR} writes from O*NET, where the generator's
 * own structure is the label: every bullet under "Responsibilities" is a task, every
 * bullet under "Skills" a skill ("Name: description"). Reports the share of items of the
 * right kind and the items that are neither; it asserts only that the run read articles,
 * since it measures real text at scale rather than guarding a level.
 */
class OnetEvaluationTest {

	private static final String TASKS_HEADING = "responsibilities";

	private static final String SKILLS_HEADING = "skills";

	/** The bullets of one generated article, as the generator wrote them. */
	record Bullets(List<String> tasks, List<String> skills) {
	}

	@Test
	void itemsOfTheOnetArticlesHaveTheKindOfTheirBullets() throws IOException {
		String configured = System.getProperty("atlas.onet-dir");
		assumeTrue(configured != null, "O*NET evaluation is opt-in: -Datlas.onet-dir=DIR after "
				+ "python3 ../shared/data/onet/generate.py DIR");
		Path dir = Path.of(configured).toAbsolutePath().normalize();
		Taxonomy taxonomy = new TaxonomyLoader((file, reason) -> {
		}).load(dir);
		int files = 0;
		int items = 0;
		int rightKind = 0;
		int tasks = 0;
		int tasksAsResponsibility = 0;
		int skills = 0;
		int skillsAsSkill = 0;
		List<String> wrongKind = new ArrayList<>();
		List<String> neither = new ArrayList<>();
		try (ArticleLoader loader = new ArticleLoader(taxonomy); Stream<Path> walk = Files.list(dir)) {
			for (Path path : walk.filter(OnetEvaluationTest::isArticle).sorted().toList()) {
				String text = ContentFileReader.decode(Files.readAllBytes(path));
				Bullets bullets = bullets(text);
				List<ExtractedItem> extracted = loader.load(path.getFileName().toString(), text).items();
				files++;
				items += extracted.size();
				tasks += bullets.tasks().size();
				skills += bullets.skills().size();
				tasksAsResponsibility += (int) bullets.tasks()
					.stream()
					.filter(t -> extracted.stream().anyMatch(i -> i.kind() == ItemKind.RESPONSIBILITY && matches(i, t)))
					.count();
				skillsAsSkill += (int) bullets.skills()
					.stream()
					.filter(s -> extracted.stream().anyMatch(i -> i.kind() == ItemKind.SKILL && matches(i, s)))
					.count();
				for (ExtractedItem item : extracted) {
					boolean task = bullets.tasks().stream().anyMatch(t -> matches(item, t));
					boolean skill = bullets.skills().stream().anyMatch(s -> matches(item, s));
					if ((item.kind() == ItemKind.RESPONSIBILITY && task) || (item.kind() == ItemKind.SKILL && skill)) {
						rightKind++;
					}
					else {
						(task || skill ? wrongKind : neither)
							.add(path.getFileName() + ": " + item.kind().label() + " \"" + item.text() + "\"");
					}
				}
			}
		}
		String report = String.format(Locale.ROOT, """
				O*NET evaluation (%s): %d files, %d items
				  items of the right kind   %d (%.1f %%)
				  items of the wrong kind   %d (%.1f %%)
				  items that are neither    %d (%.1f %%)
				  task bullets as responsibilities  %d/%d (%.1f %%)
				  skill bullets as skills           %d/%d (%.1f %%)
				""", dir, files, items, rightKind, percent(rightKind, items), wrongKind.size(),
				percent(wrongKind.size(), items), neither.size(), percent(neither.size(), items), tasksAsResponsibility,
				tasks, percent(tasksAsResponsibility, tasks), skillsAsSkill, skills, percent(skillsAsSkill, skills));
		System.out.println(report);
		Path out = Path.of(CorpusEvaluationTest.projectDir(), "target", "evaluation");
		Files.createDirectories(out);
		Files.writeString(out.resolve("onet.txt"), report + "\nItems of the wrong kind:\n"
				+ String.join("\n", wrongKind) + "\n\nItems that are neither:\n" + String.join("\n", neither),
				StandardCharsets.UTF_8);
		assertThat(files).as("generated articles in " + dir).isPositive();
	}

	/**
	 * The bullets under the generator's "Responsibilities" and "Skills" headings
	 * ({@code ## Responsibilities} in Markdown, a bare line in plain text), bullets
	 * marked "- " or "• ".
	 */
	static Bullets bullets(String text) {
		List<String> tasks = new ArrayList<>();
		List<String> skills = new ArrayList<>();
		List<String> current = null;
		for (String line : text.split("\n")) {
			String heading = line.replaceFirst("^#+\\s*", "").trim().toLowerCase(Locale.ROOT);
			if (heading.equals(TASKS_HEADING)) {
				current = tasks;
			}
			else if (heading.equals(SKILLS_HEADING)) {
				current = skills;
			}
			else if (current != null && (line.startsWith("- ") || line.startsWith("• "))) {
				current.add(line.substring(2));
			}
			else if (!line.isBlank()) {
				current = null;
			}
		}
		return new Bullets(tasks, skills);
	}

	/** The item is the bullet, part of it, or holds it whole (as text or description). */
	private static boolean matches(ExtractedItem item, String bullet) {
		String key = CorpusScore.normalise(bullet);
		String text = CorpusScore.normalise(item.text());
		String description = CorpusScore.normalise(item.description());
		return (!text.isEmpty() && (key.contains(text) || text.contains(key)))
				|| (!description.isEmpty() && (key.contains(description) || description.contains(key)));
	}

	private static boolean isArticle(Path path) {
		String name = path.getFileName().toString();
		return name.endsWith(".md") || name.endsWith(".txt");
	}

	private static double percent(int part, int whole) {
		return whole == 0 ? 0 : 100.0 * part / whole;
	}

}
