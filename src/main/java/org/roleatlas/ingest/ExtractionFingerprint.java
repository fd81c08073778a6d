package org.roleatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.roleatlas.taxonomy.TaxonomyLoader;
import org.roleatlas.web.AtlasProperties;

/**
 * Names what stored articles were extracted with: the build (its build-info, which
 * changes with every build of the extraction rules and the default taxonomy), the limits
 * and the bytes of every taxonomy override in use. An ingest under another fingerprint
 * reads every file again; under the same one, only the files whose bytes changed. Outside
 * a packaged build (no build-info) each run of the JVM is its own build, so nothing stale
 * is ever kept.
 */
final class ExtractionFingerprint {

	private static final String BUILD = build();

	private ExtractionFingerprint() {
	}

	static String of(Path contentRoot, Set<String> overridesInUse, AtlasProperties.Limits limits) {
		MessageDigest digest = sha256();
		digest.update(BUILD.getBytes(StandardCharsets.UTF_8));
		digest.update(limits.toString().getBytes(StandardCharsets.UTF_8));
		for (String name : new TreeSet<>(overridesInUse)) {
			digest.update(name.getBytes(StandardCharsets.UTF_8));
			try {
				digest.update(Files.readAllBytes(contentRoot.resolve(TaxonomyLoader.FOLDER).resolve(name)));
			}
			catch (IOException ex) {
				// read a moment ago by the loader: a file gone since changes the print
				// anyway
				digest.update(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** SHA-256 of a file's bytes, as stored with its article. */
	static String ofBytes(byte[] bytes) {
		return HexFormat.of().formatHex(sha256().digest(bytes));
	}

	private static String build() {
		try (InputStream in = ExtractionFingerprint.class.getResourceAsStream("/META-INF/build-info.properties")) {
			return in == null ? "unpackaged " + UUID.randomUUID()
					: new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
