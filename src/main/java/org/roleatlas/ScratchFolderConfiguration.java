package org.roleatlas;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Deletes this start's {@link ScratchFolder} when the context closes, and only after the
 * database and the index in it have closed: the data source and the entity manager
 * factory are made to depend on it, so they are destroyed first.
 */
@Configuration(proxyBeanMethods = false)
class ScratchFolderConfiguration {

	private static final String FOLDER_BEAN = "scratchFolder";

	@Bean(FOLDER_BEAN)
	ScratchFolder scratchFolder(ConfigurableEnvironment environment) {
		return environment.getPropertySources()
			.get(ScratchFolderEnvironment.SOURCE) instanceof ScratchFolderEnvironment.ScratchFolderSource source
					? source.getSource() : new ScratchFolder();
	}

	@Bean
	static BeanFactoryPostProcessor closedBeforeTheScratchFolder() {
		return beanFactory -> Stream.of("dataSource", "entityManagerFactory")
			.filter(beanFactory::containsBeanDefinition)
			.map(beanFactory::getBeanDefinition)
			.forEach(ScratchFolderConfiguration::dependOnTheFolder);
	}

	private static void dependOnTheFolder(BeanDefinition definition) {
		String[] dependsOn = definition.getDependsOn();
		definition.setDependsOn(dependsOn == null ? new String[] { FOLDER_BEAN }
				: Stream.concat(Arrays.stream(dependsOn), Stream.of(FOLDER_BEAN)).toArray(String[]::new));
	}

}
