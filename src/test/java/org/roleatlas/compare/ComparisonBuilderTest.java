package org.roleatlas.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.roleatlas.compare.Comparison.Row;
import org.roleatlas.compare.Comparison.SalaryRange;
import org.roleatlas.role.RoleViews.ConceptGroup;
import org.roleatlas.role.RoleViews.DefinitionView;
import org.roleatlas.role.RoleViews.ItemView;
import org.roleatlas.role.RoleViews.RoleLink;
import org.roleatlas.role.RoleViews.RoleProfile;
import org.roleatlas.role.RoleViews.SalaryView;
import org.roleatlas.role.RoleViews.StatementView;
import org.roleatlas.web.Bundles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Alignment rules on hand-built profiles, without a database. */
class ComparisonBuilderTest {

	private final ComparisonBuilder builder = new ComparisonBuilder(Bundles.messages());

	private static ItemView item(String text, String file, String... concepts) {
		return new ItemView("responsibility", text, null, "en", List.of(concepts), file, "Duties", 1);
	}

	private static RoleProfile role(String slug, List<ItemView> items, List<StatementView> statements,
			List<DefinitionView> definitions, List<SalaryView> salaries) {
		return new RoleProfile(slug, slug.toUpperCase(Locale.ROOT), null, List.of(), definitions,
				List.of(new ConceptGroup("any", "Any", items)), List.of(), List.of(), List.of(), salaries, List.of(),
				List.of(), statements, List.of(), List.of(slug + ".md"), List.of(), List.of());
	}

	private static RoleProfile role(String slug, ItemView... items) {
		return role(slug, List.of(items), List.of(), List.of(), List.of());
	}

	@Test
	void twoRolesAreSharedOrOnlyOneWithOverlap() {
		Comparison c = builder.build(
				List.of(role("a", item("x", "1.md", "vision"), item("y", "1.md", "hiring")),
						role("b", item("z", "2.md", "vision"), item("w", "3.md", "requirements"))),
				Map.of("vision", "Vision"), Locale.ENGLISH);
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
		Comparison c = builder.build(
				List.of(role("a", item("1", "a.md", "x", "y")), role("b", item("2", "b.md", "x", "y")),
						role("c", item("3", "c.md", "x")), role("d", item("4", "d.md", "z"))),
				Map.of(), Locale.ENGLISH);
		assertThat(c.rows()).extracting(Row::concept, Row::status)
			.containsExactly(tuple("x", "partial"), tuple("y", "partial"), tuple("z", "only:d"));
		assertThat(c.summary().partial()).isEqualTo(2);
		assertThat(c.summary().overlap()).isZero();
	}

	@Test
	void aPartialRowOfMoreRolesComesFirstThoughFewerSourcesBackIt() {
		Comparison c = builder.build(List.of(
				role("a", item("a1", "a1.md", "pair"), item("a2", "a2.md", "pair"), item("a3", "a1.md", "trio")),
				role("b", item("b1", "b1.md", "pair"), item("b2", "b2.md", "pair"), item("b3", "b1.md", "trio")),
				role("c", item("c1", "c1.md", "trio")), role("d", item("d1", "d1.md", "own"))), Map.of(),
				Locale.ENGLISH);
		assertThat(c.rows()).extracting(Row::concept, Row::rolesWithItems, Row::sources)
			.containsExactly(tuple("trio", 3, 3), tuple("pair", 2, 4), tuple("own", 1, 1));
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
		assertThat(ComparisonBuilder.bestDefinition(List.of(longer, shorter), List.of("PM"), Locale.KOREAN))
			.isEqualTo(shorter);
	}

	@Test
	void theOneLineDefinitionNamesItsRoleWhenASourceDoes() {
		DefinitionView unnamed = new DefinitionView("제품 개발의 비즈니스 측면에서 프로젝트를 담당한다.", "ko", "001.txt", 112);
		DefinitionView named = new DefinitionView("PO(Product Owner)는 주로 IT 업계의 제품의 성공을 책임지는 직무이다. 더 있다.", "ko",
				"001.txt", 35);

		assertThat(ComparisonBuilder.bestDefinition(List.of(unnamed, named), List.of("Product Owner", "PO"),
				Locale.ENGLISH))
			.isEqualTo(new DefinitionView("PO(Product Owner)는 주로 IT 업계의 제품의 성공을 책임지는 직무이다.", "ko", "001.txt", 35));
	}

	@Test
	void uncategorisedItemsAndFactsAreKept() {
		SalaryView glassdoor = new SalaryView("Glassdoor", "salary", "USD", new BigDecimal("114000"),
				new BigDecimal("280000"), new BigDecimal("196044"), "year", null, "004.txt", 120);
		SalaryView bonus = new SalaryView("PayScale", "bonus", "USD", new BigDecimal("1000"), new BigDecimal("69000"),
				null, "year", "US", "004.txt", 121);
		Comparison c = builder
			.build(List.of(role("a", List.of(item("fokus", "a.md")), List.of(), List.of(), List.of(glassdoor, bonus)),
					role("b", item("x", "b.md", "vision"))), Map.of(), Locale.ENGLISH);
		assertThat(c.uncategorised().get("a")).extracting(Comparison.Cell::text).containsExactly("fokus");
		assertThat(fact(c, "salary").values())
			.containsEntry("a", new SalaryRange("USD", new BigDecimal("114000"), new BigDecimal("280000"), "year"))
			.containsEntry("b", null)
			.hasSize(2);
		assertThat(fact(c, "salary").display("a")).as("bonuses apart").isEqualTo("USD 114,000–280,000 per year");
		assertThat(fact(c, "sources").values()).containsEntry("a", 1).containsEntry("b", 1);
		assertThat(fact(c, "languages").values()).containsEntry("a", List.of("en"));
		assertThat(fact(c, "reportsTo").values()).containsEntry("a", null).containsEntry("b", null);
	}

	@Test
	void aRoleWithNothingSaidHasNullFactsNotEmptyText() {
		Comparison c = builder.build(List.of(role("a"), role("b", item("x", "b.md", "vision"))), Map.of(),
				Locale.ENGLISH);
		assertThat(fact(c, "languages").values()).containsEntry("a", null).containsEntry("b", List.of("en"));
		assertThat(fact(c, "languages").display("b")).isEqualTo("English");
		assertThat(fact(c, "languages").display("a")).isNull();
	}

	@Test
	void salaryRangeUsesTheMostCitedCurrencyNotTheFirst() {
		SalaryView kronor = new SalaryView("Lönestatistik", "salary", "SEK", new BigDecimal("70000"), null, null,
				"month", "SE", "004.txt", 100);
		SalaryView low = new SalaryView("Glassdoor", "salary", "USD", new BigDecimal("114000"), null, null, "year",
				null, "004.txt", 120);
		SalaryView high = new SalaryView("Indeed", "salary", "USD", null, new BigDecimal("280000"), null, "year", null,
				"004.txt", 122);
		assertThat(ComparisonBuilder.salaryRange(List.of(kronor, low, high)))
			.hasValue(new SalaryRange("USD", new BigDecimal("114000"), new BigDecimal("280000"), "year"));
		assertThat(ComparisonBuilder.salaryRange(List.of(kronor, low))).as("a tie: the first cited")
			.hasValue(new SalaryRange("SEK", new BigDecimal("70000"), new BigDecimal("70000"), "month"));
	}

	private static Comparison.Fact fact(Comparison c, String name) {
		return c.facts().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void csvQuotesEveryFieldAndDisarmsFormulas() {
		assertThat(ComparisonExporter.csvField("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(ComparisonExporter.csvField("a, b")).isEqualTo("\"a, b\"");
		assertThat(ComparisonExporter.csvField("-1")).isEqualTo("\"'-1\"");
		assertThat(ComparisonExporter.markdownCell("a | b\nc <script>")).isEqualTo("a \\| b c \\<script\\>");
	}

	@Test
	void pathsNameRolesAFormatAndWhichRowsToShow() {
		assertThat(ComparePath.parse("/cpo/po.csv", null))
			.isEqualTo(new ComparePath(List.of("cpo", "po"), "csv", "all"));
		assertThat(ComparePath.parse("/cpo/po/cto", "shared"))
			.isEqualTo(new ComparePath(List.of("cpo", "po", "cto"), "html", "shared"));
		assertThat(ComparePath.parse("/a/b.md", "bogus").show()).isEqualTo("all");
		ComparePath three = ComparePath.parse("/cpo/po/cto", "differences");
		assertThat(three.href()).isEqualTo("/compare/cpo/po/cto?show=differences");
		assertThat(three.moved(2, -1).href()).isEqualTo("/compare/cpo/cto/po?show=differences");
		assertThat(three.moved(0, 1).showing("all").href()).isEqualTo("/compare/po/cpo/cto");
		assertThat(three.as("csv").href()).isEqualTo("/compare/cpo/po/cto.csv?show=differences");
		assertThat(three.as("md").fileName()).isEqualTo("cpo-vs-po-vs-cto.md");
	}

}
