package org.roleatlas;

import org.junit.jupiter.api.Test;
import org.roleatlas.taxonomy.TextAnalyzers;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class DictionaryWarmUpTest {

	@Test
	void isRegisteredForEveryStartOfTheApplication() {
		assertThat(SpringFactoriesLoader.forDefaultResourceLocation().load(ApplicationListener.class))
			.hasAtLeastOneElementOfType(DictionaryWarmUp.class);
	}

	/** A language whose analysis cannot be built (a missing dictionary) fails here. */
	@Test
	void loadsEveryLanguagesAnalysis() {
		assertThatCode(TextAnalyzers::loadDictionaries).doesNotThrowAnyException();
	}

}
