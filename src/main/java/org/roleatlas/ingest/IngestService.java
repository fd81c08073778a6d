package org.roleatlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.corpus.IngestReports;
import org.roleatlas.corpus.IngestSummary;
import org.roleatlas.corpus.Notice;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.corpus.RejectedFile;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TaxonomyLoader;
import org.roleatlas.taxonomy.TaxonomyService;
import org.roleatlas.web.AtlasProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Loads the content folder: every {@code *.md}, {@code *.markdown} and {@code *.txt}
 * under it (the {@code taxonomy/} folder excepted), each read and extracted on its own so
 * that one broken file is rejected with its reason while the rest load; then everything
 * is stored in one transaction and search is told.
 */
@Service
public class IngestService {

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private static final List<String> ARTICLE_EXTENSIONS = List.of(".md", ".markdown", ".txt");

	private final AtlasProperties properties;

	private final TaxonomyService taxonomies;

	private final ContentWriter writer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	private final IngestReports reports;

	private final ContentVersions versions;

	IngestService(AtlasProperties properties, TaxonomyService taxonomies, ContentWriter writer,
			ApplicationEventPublisher events, Clock clock, MessageSource messages, IngestReports reports,
			ContentVersions versions) {
		this.properties = properties;
		this.taxonomies = taxonomies;
		this.writer = writer;
		this.events = events;
		this.clock = clock;
		this.messages = messages;
		this.reports = reports;
		this.versions = versions;
		reports.record(IngestSummary.none(properties.contentDir().toString()));
	}

	public IngestSummary lastSummary() {
		return reports.lastSummary();
	}

	/**
	 * Reloads the content folder; if storing fails the previous content stays and the
	 * exception propagates.
	 */
	public synchronized IngestSummary ingest() {
		Instant started = clock.instant();
		long startNanos = System.nanoTime();
		Path root = properties.contentDir().toAbsolutePath().normalize();
		List<Notice> warnings = new ArrayList<>();
		Taxonomy taxonomy = new TaxonomyLoader(
				(file, reason) -> warnings.add(NoticeCode.TAXONOMY_OVERRIDE_UNUSABLE.with(file, reason)))
			.load(root);
		List<Path> files = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		listFiles(root, files, skipped, warnings);
		List<LoadedArticle> loaded = new ArrayList<>();
		List<RejectedFile> rejected = new ArrayList<>();
		try (ArticleLoader loader = new ArticleLoader(taxonomy)) {
			int done = 0;
			for (Path path : files) {
				String file = relative(root, path);
				try {
					loaded.add(loader.load(file, read(path)));
				}
				catch (ArticleRejectedException ex) {
					rejected.add(new RejectedFile(file, ex.notice()));
					log.warn("Rejected {}: {}", file, ex.notice().wordedIn(messages, Locale.ENGLISH));
				}
				catch (RuntimeException ex) {
					rejected.add(new RejectedFile(file, NoticeCode.LOADING_FAILED.with()));
					log.warn("Rejected {} after an unexpected error", file, ex);
				}
				logProgress(++done, files.size());
			}
		}
		writer.replaceAll(taxonomy, loaded, rejected, started);
		taxonomies.publish(taxonomy);
		int items = loaded.stream().mapToInt(a -> a.items().size()).sum();
		Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
		IngestSummary summary = new IngestSummary(started, took, root.toString(), files.size(), loaded.size(),
				rejected.size(), items, skipped, warnings);
		reports.record(summary);
		log.info("Ingested {} of {} files from {} ({} rejected, {} items, {} skipped) in {} ms", loaded.size(),
				files.size(), root, rejected.size(), items, skipped.size(), took.toMillis());
		events.publishEvent(versions.committed(clock.instant(), loaded.size()));
		return summary;
	}

	private static void logProgress(int done, int total) {
		int step = Math.max(1, total / 10);
		if (done % step == 0 || done == total) {
			log.info("Ingest progress: {} / {} files", done, total);
		}
	}

	private void listFiles(Path root, List<Path> files, List<String> skipped, List<Notice> warnings) {
		if (!Files.isDirectory(root)) {
			warnings.add(NoticeCode.CONTENT_FOLDER_MISSING.with(root));
			log.warn("Content folder {} does not exist; the portal starts empty", root);
			return;
		}
		Path taxonomyDir = root.resolve(TaxonomyLoader.FOLDER);
		try (Stream<Path> walk = Files.walk(root)) {
			walk.filter(Files::isRegularFile).filter(p -> !p.startsWith(taxonomyDir)).sorted().forEach(p -> {
				if (isArticle(p)) {
					files.add(p);
				}
				else {
					skipped.add(relative(root, p));
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the content folder " + root, ex);
		}
	}

	private static boolean isArticle(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		return !name.startsWith(".") && ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith);
	}

	static String relative(Path root, Path path) {
		return root.relativize(path).toString().replace('\\', '/');
	}

	private String read(Path path) {
		byte[] bytes;
		try {
			long size = Files.size(path);
			if (size > properties.maxFileSize().toBytes()) {
				throw new ArticleRejectedException(NoticeCode.FILE_TOO_LARGE.with(size, properties.maxFileSize()));
			}
			bytes = Files.readAllBytes(path);
		}
		catch (IOException ex) {
			// the exception's message names the server's absolute path, which the report
			// must not show
			throw new ArticleRejectedException(NoticeCode.UNREADABLE.with(ex.getClass().getSimpleName()));
		}
		return decode(bytes);
	}

	/**
	 * Strict UTF-8: a file in another encoding is rejected rather than loaded as
	 * mojibake.
	 */
	static String decode(byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ArticleRejectedException(NoticeCode.NOT_UTF8.with(ex.getMessage()));
		}
		if (text.indexOf('\0') >= 0) {
			throw new ArticleRejectedException(NoticeCode.BINARY_CONTENT.with());
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new ArticleRejectedException(NoticeCode.EMPTY_FILE.with());
		}
		return text;
	}

}
