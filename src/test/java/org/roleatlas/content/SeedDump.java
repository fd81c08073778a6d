package org.roleatlas.content;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class SeedDump {

	@Test
	void dump() throws Exception {
		Taxonomy taxonomy = new TaxonomyLoader(System.out::println).load(null);
		try (ArticleLoader loader = new ArticleLoader(taxonomy); var files = Files.list(Path.of("content"))) {
			for (Path p : files.sorted().toList()) {
				LoadedArticle a = loader.load(p.getFileName().toString(), Files.readString(p));
				System.out.println("=== " + p.getFileName() + " title=" + a.title() + " lang=" + a.parsed().lang() + " fmt="
						+ a.parsed().format() + " subjects=" + a.subjects() + " mentioned=" + a.mentioned());
				a.parsed().sections().forEach(s -> System.out.println("  S " + s.line() + " [" + s.kind() + "] " + s.heading()));
				a.items().forEach(i -> System.out.println("  I " + i.occurrences() + " " + i.kind() + " " + i.lang() + " «" + i.text() + "» " + i.concepts() + (i.description() == null ? "" : " || " + i.description().substring(0, Math.min(50, i.description().length())))));
				a.parsed().dropped().forEach(d -> System.out.println("  D " + d.line() + " " + d.rule() + " " + d.text().substring(0, Math.min(60, d.text().length()))));
				a.facts().definitions().forEach(d -> System.out.println("  DEF " + d.role() + " " + d.line() + " " + d.lang() + " " + d.text().substring(0, Math.min(80, d.text().length()))));
				a.facts().statements().forEach(d -> System.out.println("  STMT " + d.roles() + " " + d.line() + " " + d.text()));
				a.facts().salaries().forEach(d -> System.out.println("  SAL " + d));
				a.facts().reportingLines().forEach(d -> System.out.println("  REP " + d.role() + "->" + d.reportsTo() + " " + d.line()));
				a.facts().careerPath().forEach(d -> System.out.println("  CAR " + d));
				a.warnings().forEach(w -> System.out.println("  W " + w));
			}
		}
	}

}
