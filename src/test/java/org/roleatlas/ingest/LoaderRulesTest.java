package org.roleatlas.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.corpus.DroppedLine;
import org.roleatlas.corpus.Salary;
import org.roleatlas.corpus.SalaryFigure;
import org.roleatlas.taxonomy.RoleMatcher.Mention;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.TextNormalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The general rules of the loader, one at a time, on sentences the seeds do not contain.
 */
class LoaderRulesTest {

	private final RoleMatcher roles = new RoleMatcher(LoaderFixture.TAXONOMY.roles());

	@Test
	void textIsNormalisedBeforeItIsCompared() {
		assertThat(TextNormalizer.normalize("\u00A0 제품\u00A0비전\t\u3000 ")).isEqualTo("제품 비전");
		assertThat(TextNormalizer.normalize("ＣＰＯ")).isEqualTo("CPO");
		assertThat(TextNormalizer.comparisonKey("Write the Roadmap.")).isEqualTo("write the roadmap");
	}

	@Test
	void ambiguousAliasesResolveByContextOrStayAmbiguous() {
		assertThat(roles.find("PM(Project Manager) plans the project")).extracting(Mention::label, Mention::slug)
			.contains(tuple("PM", "project-manager"));
		assertThat(roles.find("Ask the PM.")).singleElement().satisfies(m -> {
			assertThat(m.slug()).isNull();
			assertThat(m.candidates()).containsExactlyInAnyOrder("product-manager", "project-manager");
		});
		assertThat(roles.rolesNamed("en produktchef, ofta kallad VP of Product")).containsExactly("cpo");
		assertThat(roles.rolesNamed("CPO는 기획자에게 묻는다")).containsExactly("cpo", "planner");
		assertThat(roles.rolesNamed("The CPOs and one CTO's plan")).containsExactly("cpo", "cto");
		assertThat(roles.rolesNamed("a PO-led team")).containsExactly("po");
		assertThat(roles.rolesNamed("the CPO office")).as("PO inside CPO is not a PO").containsExactly("cpo");
		assertThat(roles.rolesNamed("서비스기획자와 협업")).containsExactly("planner");
	}

	@Test
	void headingsAreClassifiedWithTyposAndQuestions() {
		SectionClassifier classifier = new SectionClassifier(LoaderFixture.TAXONOMY.sections(), roles);
		assertThat(classifier.classify("## 열할 및 책임".substring(3))).contains(SectionKind.RESPONSIBILITIES);
		assertThat(classifier.classify("Responsibilites")).as("one typo").contains(SectionKind.RESPONSIBILITIES);
		assertThat(classifier.classify("What is a Product Owner?")).contains(SectionKind.DEFINITION);
		assertThat(classifier.classify("Vad gör en Chief Product Officer?")).contains(SectionKind.RESPONSIBILITIES);
		assertThat(classifier.classify("Chief Technology Officer")).contains(SectionKind.DEFINITION);
		assertThat(classifier.classify("PO vs PM")).contains(SectionKind.COMPARISON);
		assertThat(classifier.classify("Weather today")).isEmpty();
		// what a job ad expects is what the candidate brings
		assertThat(classifier.classify("WHAT WE EXPECT FROM YOU")).contains(SectionKind.SKILLS);
		assertThat(classifier.classify("3. Wat je meebrengt")).contains(SectionKind.SKILLS);
		assertThat(classifier.classify("阶段 · 数据分析师的工作")).contains(SectionKind.RESPONSIBILITIES);
		assertThat(classifier.introducesList("CPO의 역할은 일반적으로 다음과 같다.")).isTrue();
		assertThat(classifier.introducesList("This paragraph just ends.")).isFalse();
	}

	@Test
	void bulletHeadsSplitOnColonOrDashBeforeAnUnspacedHyphen() {
		assertThat(ItemExtractor.splitHead("Managing the cross-functional product team: a CPO needs to ensure it"))
			.containsExactly("Managing the cross-functional product team", "a CPO needs to ensure it");
		assertThat(ItemExtractor.splitHead("kundengagemang – de är experter på sina köpare"))
			.containsExactly("kundengagemang", "de är experter på sina köpare");
		assertThat(ItemExtractor.splitHead("ledarskapsförmåga-förmågan att påverka, hantera och vägleda anställda"))
			.containsExactly("ledarskapsförmåga", "förmågan att påverka, hantera och vägleda anställda");
		assertThat(ItemExtractor.splitHead("Cross-functional team building"))
			.containsExactly("Cross-functional team building", null);
		// a hyphen inside the head or after a short word joins a compound
		assertThat(ItemExtractor.splitHead("Setting product-level objectives and key results"))
			.containsExactly("Setting product-level objectives and key results", null);
		assertThat(ItemExtractor.splitHead("Product-Backlog-Einträge erstellen und klar formulieren"))
			.containsExactly("Product-Backlog-Einträge erstellen und klar formulieren", null);
		assertThat(ItemExtractor.splitHead("neemt beslissingen over trade-offs tussen tijd en functionaliteit"))
			.containsExactly("neemt beslissingen over trade-offs tussen tijd en functionaliteit", null);
	}

	@Test
	void languagesAreToldApartByScriptAndFunctionWords() {
		LanguageDetector detector = new LanguageDetector(LoaderFixture.TAXONOMY.stopwords());
		assertThat(detector.detect("PO는 제품 로드맵을 작성합니다")).isEqualTo(new LanguageDetector.Detection("ko", true));
		assertThat(detector.detect("Infelizmente, o conteúdo desta página não está disponível"))
			.isEqualTo(new LanguageDetector.Detection("pt", true));
		assertThat(detector.detect("de säkerställer att produkten är bra för kunderna och för oss").lang())
			.isEqualTo("sv");
		assertThat(detector.detect("Product Vision").confident()).as("too short to overrule").isFalse();
		assertThat(detector.detect("ロードマップの作成").lang()).isEqualTo("ja");
	}

	@Test
	void wikiGlossesKeepTheirTermAndTheRestOfTheRulesDropWholeLines() {
		ChromeFilter filter = new ChromeFilter(LoaderFixture.TAXONOMY.chrome(), LoaderFixture.TAXONOMY.markers());
		SourceLines lines = new SourceLines(List.of("product vision Product vision is the idea of a product ...",
				"Skip to main content", "Keep this sentence.", "© 2024 Example Inc.", "Lämna ett svar"), 1);
		List<DroppedLine> dropped = new ArrayList<>();
		filter.filterLines(lines, dropped);
		assertThat(lines.get(1)).isEqualTo("product vision");
		assertThat(lines.get(3)).isEqualTo("Keep this sentence.");
		assertThat(dropped).extracting(DroppedLine::line, DroppedLine::rule)
			.containsExactly(tuple(1, "wiki-gloss"), tuple(2, "navigation"), tuple(4, "copyright"),
					tuple(5, "comment-form"));
		assertThat(dropped.get(0).text()).isEqualTo("Product vision is the idea of a product ...");
	}

	@Test
	void salaryLinesBecomeOneRecordPerType() {
		SalaryParser parser = new SalaryParser(LoaderFixture.TAXONOMY.phrases().salary());
		List<SalaryFigure> figures = parser.parse("Example",
				"Product managers earn between €50,000 and €90,000 a year, with an average of €70k. Bonuses of €5,000 to €10,000 are common.",
				7);
		assertThat(figures)
			.extracting(SalaryFigure::type, SalaryFigure::currency, SalaryFigure::min, SalaryFigure::max,
					SalaryFigure::average, SalaryFigure::line)
			.containsExactly(
					tuple(Salary.Type.SALARY, "EUR", new BigDecimal("50000"), new BigDecimal("90000"),
							new BigDecimal("70000"), 7),
					tuple(Salary.Type.BONUS, "EUR", new BigDecimal("5000"), new BigDecimal("10000"), null, 7));
		assertThat(parser.parse(null, "No figures on this line.", 1)).isEmpty();
	}

	@Test
	void frontMatterTagsAndCategoriesAreTagsNeverRoles() {
		FrontMatter frontMatter = FrontMatter.read(List.of("---", "title : \"Spaced colon\"", "role: cpo",
				"categories: [Product Manager]", "tags: [CPO]", "---", "body"));
		assertThat(frontMatter.title()).isEqualTo("Spaced colon");
		assertThat(frontMatter.roles()).containsExactly("cpo");
		assertThat(frontMatter.tags()).containsExactly("CPO", "Product Manager");
		assertThat(frontMatter.bodyStart()).isEqualTo(7);
	}

}
