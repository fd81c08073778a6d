package org.roleatlas.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roleatlas.role.RoleViews.ConceptGroup;
import org.roleatlas.role.RoleViews.DefinitionView;
import org.roleatlas.role.RoleViews.ItemView;
import org.roleatlas.role.RoleViews.RoleLink;
import org.roleatlas.role.RoleViews.RoleProfile;
import org.roleatlas.role.RoleViews.StatementView;
import org.roleatlas.web.Bundles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV and Markdown of a hand-built comparison, with the application's own message
 * bundles.
 */
class ComparisonExporterTest {

	private final ComparisonExporter exporter = new ComparisonExporter(Bundles.messages());

	private final Comparison comparison = new ComparisonBuilder(Bundles.messages()).build(
			List.of(role("a", List.of(new DefinitionView("A leads. It also hires.", "en", "a.md", 2)),
					item("=HYPERLINK(\"http://evil\")", "a.md", "vision"), item("hires | fires", "a.md", "hiring")),
					role("b", List.of(), item("vision too", "b.md", "vision"), item("unplaced", "b.md"))),
			Map.of("vision", "Vision", "hiring", "Hiring"), Locale.ENGLISH);

	private static ItemView item(String text, String file, String... concepts) {
		return new ItemView("responsibility", text, null, "en", List.of(concepts), file, "Duties", 7);
	}

	private static RoleProfile role(String slug, List<DefinitionView> definitions, ItemView... items) {
		StatementView said = new StatementView("A : leads\n  B : follows <b>", "en", "s.md", 9,
				List.of(new RoleLink("a", "A"), new RoleLink("b", "B")));
		return new RoleProfile(slug, "Role " + slug.toUpperCase(Locale.ROOT), null, List.of(), definitions,
				List.of(new ConceptGroup("any", "Any", List.of(items))), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(said), List.of(), List.of(slug + ".md"), List.of(), List.of());
	}

	@Test
	void csvIsOneTableOfDefinitionsConceptsUncategorisedFactsAndStatements() {
		String csv = exporter.csv(comparison, "all", Locale.ENGLISH);
		assertThat(csv)
			.startsWith("\uFEFF\"section\",\"key\",\"label\",\"status\",\"sources\",\"Role A\",\"Role B\"\r\n");
		assertThat(csv.substring(csv.indexOf("\r\n") + 2)).isEqualTo(
				String.join("\r\n", "\"definition\",\"\",\"Definition\",\"\",\"\",\"A leads. (en, a.md:2)\",\"\"",
						"\"concept\",\"vision\",\"Vision\",\"shared\",\"2\","
								+ "\"'=HYPERLINK(\"\"http://evil\"\") (en, a.md:7)\",\"vision too (en, b.md:7)\"",
						"\"concept\",\"hiring\",\"Hiring\",\"only:a\",\"1\",\"hires | fires (en, a.md:7)\",\"\"",
						"\"uncategorised\",\"\",\"Uncategorised\",\"\",\"\",\"\",\"unplaced (en, b.md:7)\"",
						"\"fact\",\"reportsTo\",\"Reports to\",\"\",\"\",\"\",\"\"",
						"\"fact\",\"salary\",\"Salary range\",\"\",\"\",\"\",\"\"",
						"\"fact\",\"sources\",\"Sources\",\"\",\"\",\"1\",\"1\"",
						"\"fact\",\"languages\",\"Languages covered\",\"\",\"\",\"English\",\"English\"",
						"\"statement\",\"s.md:9\",\"A : leads\n  B : follows <b>\",\"\",\"\",\"named\",\"named\"", ""));
	}

	@Test
	void exportsShowTheRowsThePageShows() {
		assertThat(exporter.csv(comparison, "differences", Locale.ENGLISH)).contains("\"hiring\"")
			.doesNotContain("\"vision\"");
		String shared = exporter.markdown(comparison, "shared", Locale.ENGLISH);
		assertThat(shared).contains("_Shared only_", "| Vision | shared |").doesNotContain("| Hiring |");
	}

	@Test
	void markdownHasEverySectionWithReadableStatusesAndEscapedText() {
		assertThat(exporter.markdown(comparison, "all", Locale.ENGLISH)).isEqualTo("""
				# Compare: Role A · Role B

				## Definitions

				- **Role A**: A leads. (en, a.md:2)
				- **Role B**: —

				## Concepts by role, each cell citing its source

				| Concept | Status | Role A | Role B |
				|---|---|---|---|
				| Vision | shared | =HYPERLINK("http://evil") (en, a.md:7) | vision too (en, b.md:7) |
				| Hiring | only Role A | hires \\| fires (en, a.md:7) | — |

				## Uncategorised

				- **Role A**: —
				- **Role B**: unplaced (en, b.md:7)

				## Facts

				| Fact | Role A | Role B |
				|---|---|---|
				| Reports to | — | — |
				| Salary range | — | — |
				| Sources | 1 | 1 |
				| Languages covered | English | English |

				## What the sources say

				> A : leads
				> B : follows \\<b\\>

				— (en, s.md:9)

				""");
	}

	@Test
	void markdownSpeaksTheUiLanguage() {
		String korean = exporter.markdown(comparison, "all", Locale.KOREAN);
		assertThat(korean).contains("# 비교: Role A · Role B", "## 정의", "| 개념 | 구분 | Role A | Role B |",
				"| Vision | 공통 |", "| Hiring | Role A만 |", "## 사실", "| 보고 대상 |", "## 출처가 말하는 비교");
	}

}
