package org.roleatlas.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roleatlas.corpus.ArticleFormat;
import org.roleatlas.corpus.DroppedLine;
import org.roleatlas.corpus.ItemKind;
import org.roleatlas.corpus.Occurrence;
import org.roleatlas.corpus.Salary;
import org.roleatlas.corpus.SalaryFigure;
import org.roleatlas.ingest.ArticleFacts.CareerFact;
import org.roleatlas.ingest.ArticleFacts.DefinitionFact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The loader on the five bundled seed articles, exactly as they are in content/. */
class SeedArticlesTest {

	private static final List<String> CHROME = List.of("KeepSolid", "Todos os direitos reservados", "본문 바로가기",
			"카테고리 없음", "may refer to", "TheInfoList", "DEFAULTSORT", "Lämna ett svar");

	@RegisterExtension
	static final LoaderFixture loader = new LoaderFixture();

	private static Map<String, LoadedArticle> seeds;

	@BeforeAll
	static void loadSeeds() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("content"))) {
			seeds = files.filter(Files::isRegularFile)
				.collect(Collectors.toMap(p -> p.getFileName().toString().substring(0, 3),
						p -> loader.load(p.getFileName().toString(), read(p))));
		}
	}

	private static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void everySeedLoadsWithItsLanguageAndAChromeFreeTitle() {
		assertThat(seeds).hasSize(5);
		assertThat(seeds).extractingFromEntries(e -> e.getKey(), e -> e.getValue().parsed().lang())
			.containsExactlyInAnyOrder(tuple("000", "ko"), tuple("001", "ko"), tuple("002", "en"), tuple("003", "en"),
					tuple("004", "sv"));
		assertThat(seeds.get("000").title()).isEqualTo("최고 제품 책임자(CPO)");
		assertThat(seeds.get("001").title()).isEqualTo("PO(Product Owner)란? 직무, 업무, 역량 분석하기");
		assertThat(seeds.get("002").title()).isEqualTo("Chief Product Officer (CPO)");
		assertThat(seeds.get("003").title()).isEqualTo("Chief product officer");
		assertThat(seeds.get("004").title()).as("004 starts with prose: title from its role")
			.isEqualTo("Chief Product Officer");
		assertThat(seeds.get("000").parsed().format()).isEqualTo(ArticleFormat.MARKDOWN);
		assertThat(seeds.get("004").parsed().format()).isEqualTo(ArticleFormat.TEXT);
	}

	@Test
	void subjectsComeFromTitleOrBodyAndPassingMentionsStayMentions() {
		assertThat(seeds.values()).filteredOn(a -> a.subjects().contains("cpo")).hasSize(4);
		assertThat(seeds.get("001").subjects()).containsExactly("po");
		assertThat(seeds.get("001").mentioned()).contains("ceo", "planner", "project-manager", "product-manager");
		assertThat(seeds.get("000").parsed().frontMatter().tags()).contains("Product Manager", "CPO");
		assertThat(seeds.get("000").subjects()).as("tags and categories are never roles").containsExactly("cpo");
	}

	@Test
	void cpoResponsibilitiesComeFromAllFourArticlesWithoutGlossText() {
		assertThat(texts("000", ItemKind.RESPONSIBILITY)).contains("제품 비전", "제품 혁신", "제품 개발");
		assertThat(texts("002", ItemKind.RESPONSIBILITY)).contains("Developing the product vision",
				"Managing the cross-functional product team");
		assertThat(texts("003", ItemKind.RESPONSIBILITY)).contains("product strategy", "product vision",
				"product innovation", "product design", "product development", "product marketing");
		assertThat(texts("004", ItemKind.RESPONSIBILITY)).contains("strategisk ledare", "Product Vision",
				"produktstrategi", "rekrytering");
		assertThat(item("002", "Developing the product vision").description())
			.startsWith("product vision is the core idea");
	}

	@Test
	void inlineEnumerationsAreListsInEitherWordOrder() {
		assertThat(texts("003", ItemKind.RESPONSIBILITY)).as("003: 'includes' opens the list")
			.contains("distribution", "manufacturing", "procurement");
		assertThat(texts("000", ItemKind.RESPONSIBILITY)).as("000: '…을 담당' closes it, as Korean does")
			.contains("유통", "제조", "조달")
			.doesNotContain("일부 회사에서는 CPO를 유통", "CPO를 유통");
		assertThat(item("000", "조달").occurrences()).extracting(Occurrence::line).containsExactly(44);
		assertThat(item("004", "produktstrategi").description()).startsWith("detta innebär att skapa");
	}

	@Test
	void skillsAreFoundByPhrasingAndMetricsByTheirIntroduction() {
		assertThat(texts("002", ItemKind.SKILL)).contains("Communication skills");
		assertThat(texts("004", ItemKind.SKILL)).contains("ledarskapsförmåga", "analytiska färdigheter",
				"kundengagemang");
		assertThat(item("004", "ledarskapsförmåga").description()).startsWith("förmågan att påverka");
		assertThat(texts("000", ItemKind.SKILL)).contains("데이터를 이해하고 해석할 수 있어야 한다", "전략적 제품 비전 기술을 보유하고 있다");
		assertThat(texts("000", ItemKind.METRIC)).containsExactly("수익과 이익", "유지 및 회전율", "사용자 활동 및 참여");
		assertThat(texts("001", ItemKind.RESPONSIBILITY)).contains("제품 로드맵 작성");
		assertThat(texts("001", ItemKind.SKILL)).containsExactly("제품 비전과 전략 수립", "제품 요구사항을 정의", "제품 개발 관리",
				"제품 출시 및 운영 관리", "고객의 요구를 이해하고 반영", "의사 소통 및 협업 능력", "문제 해결 능력");
		assertThat(item("001", "제품 로드맵 작성").description()).startsWith("PO는 제품 로드맵을 작성합니다");
	}

	@Test
	void itemsCarryProvenanceAndLanguage() {
		ExtractedItem roadmap = item("001", "제품 로드맵 작성");
		assertThat(roadmap.occurrences()).containsExactly(new Occurrence(64, "PO(Product Owner)의 업무"));
		assertThat(roadmap.lang()).isEqualTo("ko");
		assertThat(item("003", "product strategy").occurrences()).extracting(Occurrence::line).containsExactly(20);
		assertThat(item("004", "Product Vision").occurrences()).extracting(Occurrence::section)
			.containsExactly("Vad gör en Chief Product Officer?");
	}

	@Test
	void conceptsAlignItemsAcrossLanguages() {
		assertThat(item("000", "제품 비전").concepts()).contains("product-vision");
		assertThat(item("002", "Developing the product vision").concepts()).contains("product-vision");
		assertThat(item("004", "Product Vision").concepts()).contains("product-vision");
		assertThat(item("004", "produktutveckling").concepts()).contains("product-development");
		assertThat(item("001", "제품 요구사항 정의").concepts()).contains("requirements");
		assertThat(item("004", "rekrytering").concepts()).containsExactly("hiring");
	}

	@Test
	void noExtractedTextCarriesPageChromeAndTheReportListsIt() {
		for (LoadedArticle article : seeds.values()) {
			Stream<String> extracted = Stream.concat(Stream.of(article.title()),
					Stream.concat(article.items().stream().flatMap(i -> Stream.of(i.text(), i.description())),
							article.facts().definitions().stream().map(DefinitionFact::text)));
			assertThat(extracted.filter(t -> t != null))
				.allSatisfy(text -> assertThat(text).doesNotContain(CHROME.toArray(String[]::new)));
		}
		String dropped = seeds.values()
			.stream()
			.flatMap(a -> a.parsed().dropped().stream())
			.map(DroppedLine::text)
			.collect(Collectors.joining("\n"));
		assertThat(dropped).contains(CHROME.toArray(String[]::new));
		assertThat(seeds.get("003").parsed().dropped()).extracting(DroppedLine::rule)
			.contains("wiki-gloss", "references", "template", "navigation", "site-name");
		assertThat(seeds.get("003").facts().definitions()).singleElement()
			.satisfies(d -> assertThat(d.text())
				.contains("referring to an executive responsible for various product-related activities"));
	}

	@Test
	void definitionsAttachToTheRolesTheyDefine() {
		Map<String, List<DefinitionFact>> byRole = seeds.get("001")
			.facts()
			.definitions()
			.stream()
			.collect(Collectors.groupingBy(DefinitionFact::role));
		assertThat(byRole).containsKeys("po", "project-manager", "planner");
		assertThat(byRole.get("planner").get(0).text()).startsWith("제품과 서비스 디자인과 내용 기획 업무를 한다");
		assertThat(seeds.get("002").facts().definitions()).extracting(DefinitionFact::role).containsExactly("cpo");
	}

	@Test
	void comparisonStatementsNameTheirRoles() {
		assertThat(seeds.get("001").facts().statements()).singleElement()
			.satisfies(s -> assertThat(s.roles()).containsExactlyInAnyOrder("project-manager", "po", "planner"));
		assertThat(seeds.get("003").facts().statements()).singleElement().satisfies(s -> {
			assertThat(s.text()).isEqualTo("The CPO is to the business's product what the CTO is to technology.");
			assertThat(s.roles()).containsExactlyInAnyOrder("cpo", "cto");
		});
		assertThat(seeds.get("004").facts().statements()).singleElement()
			.satisfies(s -> assertThat(s.roles()).containsExactlyInAnyOrder("cpo", "cto", "cmo"));
	}

	@Test
	void salariesAreSeparateRecordsPerTypeAndTheAverageWins() {
		List<SalaryFigure> figures = seeds.get("004").facts().salaries().stream().map(f -> f.figure()).toList();
		assertThat(figures)
			.extracting(SalaryFigure::source, SalaryFigure::type, SalaryFigure::min, SalaryFigure::max,
					SalaryFigure::average)
			.containsExactly(tuple("Glassdoor", Salary.Type.SALARY, bd(114000), bd(280000), bd(196044)),
					tuple("PayScale", Salary.Type.SALARY, null, null, bd(187467)),
					tuple("PayScale", Salary.Type.BONUS, bd(1000), bd(69000), null),
					tuple("PayScale", Salary.Type.PROFIT_SHARING, bd(2000), bd(143000), null),
					tuple("Indeed", Salary.Type.SALARY, null, null, bd(215647)));
		assertThat(figures).allSatisfy(f -> {
			assertThat(f.currency()).isEqualTo("USD");
			assertThat(f.period()).isEqualTo("year");
		});
	}

	@Test
	void reportingLinesIgnoreSupervisionAndCoordination() {
		List<String> reportsTo = seeds.values()
			.stream()
			.flatMap(a -> a.facts().reportingLines().stream())
			.filter(r -> r.role().equals("cpo"))
			.map(r -> r.reportsTo())
			.distinct()
			.toList();
		assertThat(reportsTo).containsExactly("ceo");
	}

	@Test
	void careerPathIsAnOrderedLadder() {
		assertThat(seeds.get("004").facts().careerPath()).extracting(CareerFact::title, CareerFact::stepRole)
			.containsExactly(tuple("entry level associate product managers", "product-manager"),
					tuple("produktchefer", "product-manager"), tuple("ledande produktchefer", "product-manager"),
					tuple("chef för produkt", null), tuple("avdelningschefen – CPO", "cpo"));
	}

	private static BigDecimal bd(long value) {
		return BigDecimal.valueOf(value);
	}

	private static List<String> texts(String seed, ItemKind kind) {
		return seeds.get(seed).items().stream().filter(i -> i.kind() == kind).map(ExtractedItem::text).toList();
	}

	private static ExtractedItem item(String seed, String text) {
		Map<String, ExtractedItem> byText = seeds.get(seed)
			.items()
			.stream()
			.collect(Collectors.toMap(ExtractedItem::text, Function.identity(), (a, b) -> a));
		assertThat(byText).containsKey(text);
		return byText.get(text);
	}

}
