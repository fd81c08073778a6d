package org.roleatlas.search;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each language with an analyzer of its own finds its items by another inflection or
 * through word segmentation, on the test articles of {@code articles-languages}. The
 * forms differ by two or more letters, so neither the neutral field nor its one-letter
 * typo tolerance can find them: only the language's analyzer can.
 */
@SpringBootTest(properties = "atlas.content-dir=src/test/resources/articles-languages")
@AutoConfigureMockMvc
class LanguageSearchTest {

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Anforderung | de | Anforderungen mit den Fachbereichen klären | <mark>Anforderungen</mark>
			journal     | fr | Tenir les journaux de décision du produit | <mark>journaux</mark>
			prioridad   | es | Ordenar las prioridades del equipo cada semana | <mark>prioridades</mark>
			dialogo     | it | Gestire i dialoghi con i clienti più importanti | <mark>dialoghi</mark>
			prioriteit  | nl | Bewaakt de prioriteiten van het ontwikkelteam | <mark>prioriteiten</mark>
			priorytety  | pl | Ustala kolejność priorytetów zespołu | <mark>priorytetów</mark>
			harmonogram | pl | Przygotowuje harmonogramy wydań | <mark>harmonogramy</mark>
			""")
	void anInflectedOrSegmentedFormFindsTheItem(String query, String lang, String item, String marked)
			throws Exception {
		mvc.perform(get("/api/search").param("q", query))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[0].text").value(item))
			.andExpect(jsonPath("$.hits[0].lang").value(lang))
			.andExpect(jsonPath("$.hits[0].snippet").value(containsString(marked)));
	}

	/**
	 * The neutral field keeps a katakana compound as one token, so only Kuromoji's
	 * segmentation finds ビルディング inside チームビルディング (a word of no concept, so no concept
	 * match finds it either). Chinese cannot be told apart this way (the neutral field
	 * matches Han characters one by one), so for it the test shows that its own field is
	 * indexed and searched; TextAnalyzersTest shows the segmentation.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			ビルディング | ja | チームビルディングを担当する
			待办事项    | zh | 管理待办事项列表
			""")
	void aWordInsideACompoundIsFound(String query, String lang, String item) throws Exception {
		mvc.perform(get("/api/search").param("q", query).param("lang", lang))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hits[*].text").value(hasItem(item)));
	}

}
