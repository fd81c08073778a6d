package org.roleatlas.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.roleatlas.corpus.SalaryFigure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Salary lines the seeds do not contain, in the shapes real pages write them. Each record
 * is written as "type currency min max average period country", "-" for a missing value.
 */
class SalaryParserTest {

	private static final SalaryParser PARSER = new SalaryParser(LoaderFixture.TAXONOMY.phrases().salary());

	static Stream<Arguments> lines() {
		return Stream.of(
				// en
				line("$120k to $180k per year, with bonuses up to $20k", "salary USD 120000 180000 - year -",
						"bonus USD - 20000 - year -"),
				line("In the UK, senior product managers earn £55k a year on average.", "salary GBP - - 55000 year GB"),
				line("Contractors bill $95 per hour.", "salary USD - - 95 hour -"),
				line("Top-tier CPOs earn up to $1.2M a year.", "salary USD - 1200000 - year -"),
				line("Typical range: $140,000–$210,000 annually in the United States, plus a profit-sharing payout of up to $15,000.",
						"salary USD 140000 210000 - year US", "profit-sharing USD - 15000 - year US"),
				line("Base pay is $150-190k.", "salary USD 150000 190000 - year -"),
				line("Signing bonuses run from $500 to $1.5k.", "bonus USD 500 1500 - year -"),
				line("Seoul offers for senior PMs start at US$ 95,000 or ₩120,000,000 per year.",
						"salary USD - - 95000 year -", "salary KRW - - 120000000 year -"),
				// sv (no-break spaces group the thousands, as scraped Swedish pages write
				// them)
				line("En produktchef i Sverige tjänar i genomsnitt 60\u00A0000 kr per månad.",
						"salary SEK - - 60000 month SE"),
				line("Lönespannet är 45 000–75 000 SEK i månaden, enligt 17 lönerapporter.",
						"salary SEK 45000 75000 - month -"),
				line("Snittlönen för en produktägare är 45 000 SEK", "salary SEK - - 45000 year -"),
				line("Årslön: 780 000 kr, med bonus på upp till 50 000 kr", "salary SEK - - 780000 year -",
						"bonus SEK - 50000 - year -"),
				// de
				line("Ein Head of Product verdient durchschnittlich 75.000 € pro Jahr.", "salary EUR - - 75000 year -"),
				line("In Deutschland liegt das Gehalt zwischen 65.000 und 95.000 Euro im Jahr, dazu eine Prämie von bis zu 10.000 €.",
						"salary EUR 65000 95000 - year DE", "bonus EUR - 10000 - year DE"),
				line("Das Monatsgehalt beträgt 6.250,50 € brutto.", "salary EUR - - 6250.5 month -"),
				// pt
				line("O salário médio de um CPO no Brasil é R$ 12.000 por mês.", "salary BRL - - 12000 month BR"),
				line("Entre R$ 15.000 e R$ 25.000 por mês, além de participação nos lucros de R$ 30.000 por ano.",
						"salary BRL 15000 25000 - month -", "profit-sharing BRL - - 30000 year -"),
				line("Profissionais com 10 anos de experiência ganham R$ 20 mil mensais.",
						"salary BRL - - 20000 month -"),
				// ko
				line("평균 연봉 8,000만원", "salary KRW - - 80000000 year -"),
				line("CPO의 평균 연봉은 5,000만원이며, 성과급은 최대 2,000만원이다.", "salary KRW - - 50000000 year -",
						"bonus KRW - 20000000 - year -"),
				line("월급은 400만 원 수준이다", "salary KRW - - 4000000 month -"),
				line("국내 CPO 연봉은 7천만원에서 1억원 사이다", "salary KRW 70000000 100000000 - year -"),
				line("시니어 PO의 평균 연봉은 1억 2천만원이다", "salary KRW - - 120000000 year -"),
				// ja
				line("年収800万円", "salary JPY - - 8000000 year -"),
				line("CPOの年収は1億2000万円に達することもある", "salary JPY - - 120000000 year -"),
				line("日本のプロダクトマネージャーの平均年収は650万円、賞与は年2回で最大150万円。", "salary JPY - - 6500000 year JP",
						"bonus JPY - 1500000 - year JP"),
				line("月給30万円からスタート", "salary JPY - - 300000 month -"),
				// no currency, no record: years, percentages, experience, counts
				line("Salaries rose sharply in 2024."),
				line("Most CPOs have 10 years of experience and manage 5 teams."),
				line("Bonuses average 15% of base pay."), line("Rapporten bygger på 17 lönerapporter från 2023."),
				line("Ein Bonus ist üblich, etwa 10 % des Gehalts."), line("연봉 협상은 3월에 진행된다"),
				line("Glassdoor lists 1,200 salaries for this role."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("lines")
	void readsEachAmountWithTheWordsOfItsOwnClause(String text, List<String> expected) {
		List<SalaryFigure> figures = PARSER.parse("Example", text, 3);
		assertThat(figures).extracting(SalaryParserTest::describe).containsExactlyElementsOf(expected);
		assertThat(figures).allSatisfy(f -> {
			assertThat(f.source()).isEqualTo("Example");
			assertThat(f.line()).isEqualTo(3);
		});
	}

	private static Arguments line(String text, String... records) {
		return Arguments.of(text, List.of(records));
	}

	private static String describe(SalaryFigure f) {
		return String.join(" ", f.type().label(), f.currency(), plain(f.min()), plain(f.max()), plain(f.average()),
				f.period(), f.country() == null ? "-" : f.country());
	}

	private static String plain(BigDecimal amount) {
		return amount == null ? "-" : amount.toPlainString();
	}

}
