package org.roleatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.util.FileSystemUtils;

/**
 * Content folders that a test class writes before its application context starts (a
 * {@code @DynamicPropertySource} needs the path before JUnit's {@code @TempDir} is
 * given), deleted when the test JVM exits: a cached context may still read its folder
 * after its class has run. Links in them are deleted, never followed.
 */
public final class TestFolders {

	private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(TestFolders::deleteAll, "delete-test-folders"));
	}

	private TestFolders() {
	}

	/**
	 * A new empty folder under the temporary folder, its name starting with the prefix.
	 */
	public static Path create(String prefix) {
		try {
			Path folder = Files.createTempDirectory(prefix);
			CREATED.add(folder);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteAll() {
		for (Path folder : CREATED) {
			try {
				FileSystemUtils.deleteRecursively(folder);
			}
			catch (IOException ex) {
				System.err.println("could not delete " + folder + ": " + ex);
			}
		}
	}

}
