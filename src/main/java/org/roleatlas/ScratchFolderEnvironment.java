package org.roleatlas;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Names the {@link ScratchFolder} of this start as {@code atlas.scratch-dir}, which the
 * default database URL and the search index use when there is no {@code atlas.data-dir}.
 * Its property source comes first, so the folder cannot be pointed at one that would then
 * be deleted, and it makes the folder only when the name is resolved.
 */
class ScratchFolderEnvironment implements EnvironmentPostProcessor {

	static final String PROPERTY = "atlas.scratch-dir";

	static final String SOURCE = "atlasScratchFolder";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		environment.getPropertySources().addFirst(new ScratchFolderSource(new ScratchFolder()));
	}

	static final class ScratchFolderSource extends PropertySource<ScratchFolder> {

		ScratchFolderSource(ScratchFolder folder) {
			super(SOURCE, folder);
		}

		@Override
		public Object getProperty(String name) {
			return PROPERTY.equals(name) ? getSource().path().toString() : null;
		}

	}

}
