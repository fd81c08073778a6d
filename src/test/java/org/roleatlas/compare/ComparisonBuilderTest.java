package org.roleatlas.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roleatlas.compare.Comparison.Row;
import org.roleatlas.role.RoleViews.ConceptGroup;
import org.roleatlas.role.RoleViews.DefinitionView;
import org.roleatlas.role.RoleViews.ItemView;
import org.roleatlas.role.RoleViews.RoleLink;
import org.roleatlas.role.RoleViews.RoleProfile;
import org.roleatlas.role.RoleViews.SalaryView;
import org.roleatlas.role.RoleViews.StatementView;

/** Alignment rules on hand-built profiles, without a database. */
class ComparisonBuilderTest {

	private final ComparisonBuilder builder = new ComparisonBuilder();

	private static ItemView item(String text, String file, String... concepts) {
		return new ItemView("responsibility", text, null, "en", List.of(concepts), file, "Duties", 1);
	}

	private static RoleProfile role(String slug, List<ItemView> items, List<StatementView> statements,
			List<DefinitionView> definitions, List<SalaryView> salaries) {
		return new RoleProfile(slug, slug.toUpperCase(Locale.ROOT), null, List.of(), definitions,
				List.of(new ConceptGroup("any", "Any", items)), List.of(), List.of(), List.of(), salaries, List.of(),
				List.of(), statements, List.of(), List.of(slug + ".md"), List.of());
	}

	private static RoleProfile role(String slug, ItemView... items) {
		return role(slug, List.of(items), List.of(), List.of(), List.of());
	}

	@Test
	void twoRolesAreSharedOrOnlyOneWithOverlap() {
		Comparison c = builder.build(List.of(role("a", item("x", "1.md", "vision"), item("y", "1.md", "hiring")),
				role("b", item("z", "2.md", "vision"), item("w", "3.md", "requirements"))), Map.of("vision", "Vision"),
				Locale.ENGLISH);
		assertThat(c.rows()).extracting(Row::concept, Row::label, Row::status, Row::sources)
			.containsExactly(tuple("vision", "Vision", "shared", 2), tuple("hiring", "hiring", "only:a", 1),
					tuple("requirements", "requirements", "only:b", 1));
		assertThat(c.summary().shared()).isEqualTo(1);
		assertThat(c.summary().only()).containsExactly(Map.entry("a", 1), Map.entry("b", 1));
		assertThat(c.summary().overlap()).isEqualTo(1.0 / 3);
		assertThat(c.rows().get(0).cells().get("b")).extracting(Comparison.Cell::text).containsExactly("z");
		assertThat(c.rowsToShow("differences")).hasSize(2);
		assertThat(c.rowsToShow("shared")).hasSize(1);
	}

	@Test
	void threeAndFourRolesHavePartialRowsOrderedByHowManyShare() {
		Comparison c = builder.build(List.of(role("a", item("1", "a.md", "x", "y")), role("b", item("2", "b.md", "x", "y")),
				role("c", item("3", "c.md", "x")), role("d", item("4", "d.md", "z"))), Map.of(), Locale.ENGLISH);
		assertThat(c.rows()).extracting(Row::concept, Row::status)
			.containsExactly(tuple("x", "partial"), tuple("y", "partial"), tuple("z", "only:d"));
		assertThat(c.summary().partial()).isEqualTo(2);
		assertThat(c.summary().overlap()).isZero();
	}

	@Test
	void rolesWithoutItemsHaveNoOverlapNotNaNAndKeepTheirDefinitionsAndStatements() {
		StatementView said = new StatementView("PM : … PO : …", "ko", "001.txt", 110,
				List.of(new RoleLink("pm", "PM"), new RoleLink("po", "PO")));
		DefinitionView longer = new DefinitionView("A much longer English definition of the role. It goes on.", "en",
				"x.md", 3);
		DefinitionView shorter = new DefinitionView("짧은 정의.", "ko", "y.md", 4);
		Comparison c = builder.build(List.of(role("pm", List.of(), List.of(said), List.of(longer, shorter), List.of()),
				role("po", List.of(), List.of(said), List.of(), List.of())), Map.of(), Locale.ENGLISH);
		assertThat(c.rows()).isEmpty();
		assertThat(c.hasConcepts()).isFalse();
		assertThat(c.summary().overlap()).isNull();
		assertThat(c.statements()).singleElement().satisfies(s -> assertThat(s.roles()).containsExactly("pm", "po"));
		assertThat(c.columns().get(0).definition()).as("UI language first, one sentence")
			.isEqualTo(new DefinitionView("A much longer English definition of the role.", "en", "x.md", 3));
		assertThat(ComparisonBuilder.bestDefinition(List.of(longer, shorter), Locale.KOREAN)).isEqualTo(shorter);
	}

	@Test
	void uncategorisedItemsAndFactsAreKept() {
		SalaryView glassdoor = new SalaryView("Glassdoor", "salary", "USD", new BigDecimal("114000"),
				new BigDecimal("280000"), new BigDecimal("196044"), "year", null, "004.txt", 120);
		SalaryView bonus = new SalaryView("PayScale", "bonus", "USD", new BigDecimal("1000"), new BigDecimal("69000"),
				null, "year", "US", "004.txt", 121);
		Comparison c = builder.build(List.of(role("a", List.of(item("fokus", "a.md")), List.of(), List.of(),
				List.of(glassdoor, bonus)), role("b", item("x", "b.md", "vision"))), Map.of(), Locale.ENGLISH);
		assertThat(c.uncategorised().get("a")).extracting(Comparison.Cell::text).containsExactly("fokus");
		assertThat(c.facts()).filteredOn(f -> f.name().equals("salary"))
			.singleElement()
			.satisfies(f -> assertThat(f.values()).containsExactly(Map.entry("a", "USD 114,000–280,000 / year")));
		assertThat(c.facts()).filteredOn(f -> f.name().equals("sources"))
			.singleElement()
			.satisfies(f -> assertThat(f.values()).containsEntry("a", "1"));
	}

	@Test
	void csvQuotesEveryFieldAndDisarmsFormulas() {
		assertThat(ComparisonExporter.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(ComparisonExporter.csvField("a, b")).isEqualTo("\"a, b\"");
		assertThat(ComparisonExporter.csvField("-1")).isEqualTo("\"'-1\"");
		assertThat(ComparisonExporter.markdownCell("a | b\nc <script>")).isEqualTo("a \\| b c \\<script\\>");
	}

	@Test
	void pathsNameRolesAndAFormat() {
		assertThat(ComparePath.parse("/cpo/po.csv")).isEqualTo(new ComparePath(List.of("cpo", "po"), "csv"));
		assertThat(ComparePath.parse("/cpo/po/cto")).isEqualTo(new ComparePath(List.of("cpo", "po", "cto"), "html"));
		assertThat(ComparePath.parse("/a/b.md")).isEqualTo(new ComparePath(List.of("a", "b"), "md"));
	}

}
