package org.roleatlas.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.roleatlas.corpus.NoticeCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Front matter is YAML 1.2 and says when it ignores a value. */
class FrontMatterTest {

	private static FrontMatter read(String yaml) {
		return FrontMatter.read(List.of(("---\n" + yaml + "\n---\nBody").split("\n", -1)));
	}

	@Test
	void wordsThatYaml11ReadAsBooleansStayWords() {
		FrontMatter frontMatter = read("title: On call\nlang: no\ntags: [on, off, yes]\nrole: y");
		assertThat(frontMatter.lang()).isEqualTo("no");
		assertThat(frontMatter.title()).isEqualTo("On call");
		assertThat(frontMatter.tags()).containsExactly("on", "off", "yes");
		assertThat(frontMatter.roles()).containsExactly("y");
		assertThat(frontMatter.warnings()).isEmpty();
	}

	@Test
	void entriesThatAreNotTextAreIgnoredWithAWarningEach() {
		FrontMatter frontMatter = read("roles: [po, 12, {a: b}]\ntitle: 1984\ndate: 2024-01-01");
		assertThat(frontMatter.roles()).containsExactly("po");
		assertThat(frontMatter.title()).isNull();
		assertThat(frontMatter.warnings()).containsExactly(NoticeCode.FRONT_MATTER_VALUE_NOT_TEXT.with("roles", "12"),
				NoticeCode.FRONT_MATTER_VALUE_NOT_TEXT.with("roles", "{a=b}"),
				NoticeCode.FRONT_MATTER_VALUE_NOT_TEXT.with("title", "1984"));
	}

	@Test
	void theWarningsReachTheLoadedArticle() {
		try (ArticleLoader loader = new ArticleLoader(LoaderFixture.TAXONOMY)) {
			LoadedArticle article = loader.load("a.md",
					"---\nroles: [po, 7]\n---\n# Product Owner\n\n- Own the backlog\n");
			assertThat(article.subjects()).containsExactly("po");
			assertThat(article.warnings()).contains(NoticeCode.FRONT_MATTER_VALUE_NOT_TEXT.with("roles", "7"));
		}
	}

	@Test
	void aliasesThatWouldMultiplyTheDocumentRejectIt() {
		StringBuilder yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
		for (int level = 1; level < 10; level++) {
			String previous = "*a" + (level - 1);
			yaml.append("a").append(level).append(": &a").append(level).append(" [");
			yaml.append(String.join(", ", java.util.Collections.nCopies(9, previous))).append("]\n");
		}
		assertThatThrownBy(() -> read(yaml.toString())).isInstanceOf(ArticleRejectedException.class)
			.satisfies(ex -> assertThat(((ArticleRejectedException) ex).notice().code())
				.startsWith("frontMatterInvalidYaml"));
	}

	@Test
	void aFewAnchorsStillWork() {
		FrontMatter frontMatter = read("base: &tags [growth, onboarding]\ntags: *tags");
		assertThat(frontMatter.tags()).containsExactly("growth", "onboarding");
	}

}
