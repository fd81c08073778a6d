package org.roleatlas;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a data folder the database and the index live in a temporary folder of the
 * start's own, off the heap, and are gone after shutdown.
 */
class ScratchFolderTest {

	@Test
	void theFolderIsMadeWhenAskedForAndDeletedWithWhatItHoldsAtClose() throws Exception {
		Path folder;
		try (ScratchFolder scratch = new ScratchFolder()) {
			folder = scratch.path();
			assertThat(scratch.path()).isEqualTo(folder);
			Files.writeString(Files.createDirectories(folder.resolve("index/item")).resolve("segments_1"), "x");
		}
		assertThat(folder).doesNotExist();
	}

	@Test
	void aStartWithoutADataFolderKeepsItsDatabaseAndIndexInOneScratchFolderDeletedAtShutdown() throws Exception {
		Path folder;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RoleAtlasApplication.class)
			.run("--server.port=0", "--atlas.watch=false")) {
			folder = Path.of(context.getEnvironment().getRequiredProperty(ScratchFolderEnvironment.PROPERTY));
			assertThat(folder.getFileName().toString()).startsWith("roleatlas-");
			assertThat(folder.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
			String url = context.getBean(DataSource.class).unwrap(HikariDataSource.class).getJdbcUrl();
			assertThat(url).startsWith("jdbc:h2:file:" + folder.resolve("atlas"));
			assertThat(folder.resolve("atlas.mv.db")).isRegularFile();
			assertThat(folder.resolve("index"))
				.isDirectoryContaining(path -> path.getFileName().toString().equals("item"));
			assertThat(context.getBean(ScratchFolder.class).path()).isEqualTo(folder);
		}
		assertThat(folder).doesNotExist();
	}

}
