package org.roleatlas.ingest;

import java.io.IOException;
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

import org.roleatlas.corpus.ContentLoadedEvent;
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

	private final AtlasProperties properties;

	private final TaxonomyService taxonomies;

	private final ContentWriter writer;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MessageSource messages;

	private final IngestReports reports;

	IngestService(AtlasProperties properties, TaxonomyService taxonomies, ContentWriter writer,
			ApplicationEventPublisher events, Clock clock, MessageSource messages, IngestReports reports) {
		this.properties = properties;
		this.taxonomies = taxonomies;
		this.writer = writer;
		this.events = events;
		this.clock = clock;
		this.messages = messages;
		this.reports = reports;
		reports.record(IngestSummary.none(contentDir()));
	}

	/** The content folder as the report may name it, never the server's absolute path. */
	private String contentDir() {
		return ContentFiles.displayName(properties.contentDir());
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
		Path root = ContentFiles.realFolder(properties.contentDir());
		ContentFiles content = new ContentFiles(root);
		List<Notice> warnings = new ArrayList<>();
		Taxonomy taxonomy = new TaxonomyLoader(
				(file, reason) -> warnings.add(NoticeCode.TAXONOMY_OVERRIDE_UNUSABLE.with(file, reason)))
			.load(root);
		List<Path> files = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		if (Files.isDirectory(root)) {
			ContentFiles.Listing listing = content.list();
			files.addAll(listing.articles());
			skipped.addAll(listing.skipped());
			warnings.addAll(listing.notices());
		}
		else {
			warnings.add(NoticeCode.CONTENT_FOLDER_MISSING.with(contentDir()));
			log.warn("Content folder {} does not exist; the portal starts empty", root);
		}
		List<LoadedArticle> loaded = new ArrayList<>();
		List<RejectedFile> rejected = new ArrayList<>();
		try (ArticleLoader loader = new ArticleLoader(taxonomy, properties.limits())) {
			int done = 0;
			for (Path path : files) {
				String file = relative(root, path);
				try {
					loaded.add(loader.load(file, read(content, path)));
				}
				catch (ArticleRejectedException ex) {
					rejected.add(new RejectedFile(file, ex.notice()));
					log.warn("Rejected {}: {}", file, ex.notice().wordedIn(messages, Locale.ENGLISH));
				}
				catch (RuntimeException ex) {
					rejected.add(new RejectedFile(file, NoticeCode.LOADING_FAILED.with()));
					log.warn("Rejected {} after an unexpected error", file, ex);
				}
				catch (StackOverflowError ex) {
					// nested deeper than the limits foresaw: the stack is unwound
					// here, so the other files still load
					rejected.add(new RejectedFile(file, NoticeCode.TOO_DEEP_TO_READ.with()));
					log.warn("Rejected {}: its structure overflowed the stack", file);
				}
				logProgress(++done, files.size());
			}
		}
		writer.replaceAll(taxonomy, loaded, rejected, started);
		taxonomies.publish(taxonomy);
		int items = loaded.stream().mapToInt(a -> a.items().size()).sum();
		Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
		IngestSummary summary = new IngestSummary(started, took, contentDir(), files.size(), loaded.size(),
				rejected.size(), items, skipped, warnings);
		reports.record(summary);
		log.info("Ingested {} of {} files from {} ({} rejected, {} items, {} skipped) in {} ms", loaded.size(),
				files.size(), root, rejected.size(), items, skipped.size(), took.toMillis());
		events.publishEvent(new ContentLoadedEvent(started, loaded.size()));
		return summary;
	}

	private static void logProgress(int done, int total) {
		int step = Math.max(1, total / 10);
		if (done % step == 0 || done == total) {
			log.info("Ingest progress: {} / {} files", done, total);
		}
	}

	static String relative(Path root, Path path) {
		return root.relativize(path).toString().replace('\\', '/');
	}

	private String read(ContentFiles content, Path path) {
		byte[] bytes;
		try {
			long size = Files.size(path);
			if (size > properties.maxFileSize().toBytes()) {
				throw new ArticleRejectedException(NoticeCode.FILE_TOO_LARGE.with(size, properties.maxFileSize()));
			}
			bytes = content.read(path);
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
