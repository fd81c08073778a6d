package org.roleatlas.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.roleatlas.corpus.ArticleRepository;
import org.roleatlas.corpus.IngestReports;
import org.roleatlas.corpus.IngestSummary;
import org.roleatlas.corpus.Notice;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.corpus.RejectedFile;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.web.AtlasProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import jakarta.annotation.PreDestroy;

/**
 * Loads the content folder: every {@code *.md}, {@code *.markdown} and {@code *.txt}
 * under it (the {@code taxonomy/} folder excepted), each read and extracted on its own so
 * that one broken file is rejected with its reason while the rest load; then everything
 * is swapped in at once, search index included ({@link ContentSwap}). Ingests run one at
 * a time on a thread of their own, and the requests that arrive while one runs (a reload
 * over HTTP, the folder watcher) share the one run after it.
 */
@Service
public class IngestService {

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private final AtlasProperties properties;

	private final ContentSwap swap;

	private final Clock clock;

	private final MessageSource messages;

	private final IngestReports reports;

	private final FolderTaxonomy taxonomies;

	private final ArticleRepository articles;

	private final CoalescedRuns<IngestSummary> runs = new CoalescedRuns<>("content-ingest", this::run);

	IngestService(AtlasProperties properties, ContentSwap swap, Clock clock, MessageSource messages,
			IngestReports reports, ArticleRepository articles) {
		this.properties = properties;
		this.swap = swap;
		this.clock = clock;
		this.messages = messages;
		this.reports = reports;
		this.articles = articles;
		this.taxonomies = new FolderTaxonomy(messages);
		reports.record(IngestSummary.none(contentDir()));
	}

	@PreDestroy
	void stop() {
		runs.close();
	}

	/** The content folder as the report may name it, never the server's absolute path. */
	private String contentDir() {
		return ContentFiles.displayName(properties.contentDir());
	}

	/**
	 * How far the running ingest is: files read of the folder's, or of the last run's.
	 */
	record Progress(int done, int total) {
	}

	private volatile Progress progress = new Progress(0, 0);

	Progress progress() {
		return progress;
	}

	/** Article files in the content folder, without reading them. */
	int articleFileCount() {
		Path root = ContentFiles.realFolder(properties.contentDir());
		return Files.isDirectory(root) ? new ContentFiles(root).list().articles().size() : 0;
	}

	public IngestSummary lastSummary() {
		return reports.lastSummary();
	}

	/**
	 * Reloads the content folder and waits for it: the summary of a run that started
	 * after this call. If it fails, the previous content stays, the failure is recorded
	 * for the report, and the exception propagates.
	 */
	public IngestSummary ingest() {
		try {
			return requestIngest().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			if (ex.getCause() instanceof Error cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** Asks for a reload without waiting for it. */
	CompletableFuture<IngestSummary> requestIngest() {
		return runs.request();
	}

	private IngestSummary run() {
		Instant started = clock.instant();
		try {
			return load(started);
		}
		catch (ReloadRefusedException ex) {
			reports.recordFailure(new IngestReports.Failure(started, ex.reasons()));
			log.warn("Reload refused, the served content stays: {}", ex.getBody().getDetail());
			throw ex;
		}
		catch (RuntimeException ex) {
			reports.recordFailure(new IngestReports.Failure(started, List.of(NoticeCode.RELOAD_FAILED.with())));
			log.error("The ingest failed; the content served before it stays", ex);
			throw ex;
		}
	}

	private IngestSummary load(Instant started) {
		long startNanos = System.nanoTime();
		Path root = ContentFiles.realFolder(properties.contentDir());
		ContentFiles content = new ContentFiles(root);
		List<Notice> warnings = new ArrayList<>();
		FolderTaxonomy.Read read = taxonomies.read(root, warnings);
		Taxonomy taxonomy = read.taxonomy();
		if (!properties.writer()) {
			// The folder is the writing node's: this one serves what the database holds.
			return follow(taxonomy, started, startNanos, warnings);
		}
		Map<String, Path> files = new LinkedHashMap<>();
		List<String> skipped = new ArrayList<>();
		if (Files.isDirectory(root)) {
			ContentFiles.Listing listing = content.list();
			listing.articles().forEach(path -> files.put(relative(root, path), path));
			skipped.addAll(listing.skipped());
			warnings.addAll(listing.notices());
		}
		else {
			warnings.add(NoticeCode.CONTENT_FOLDER_MISSING.with(contentDir()));
			log.warn("Content folder {} does not exist; the portal starts empty", root);
		}
		long stored = files.isEmpty() ? articles.count() : 0;
		if (stored > 0) {
			// An empty or missing folder over stored content is far more often a volume
			// that failed to mount than an editor who deleted everything.
			warnings.add(NoticeCode.CONTENT_FOLDER_EMPTY_KEPT.with(contentDir(), stored));
			log.warn("Content folder {} holds no article file; the {} stored articles are kept", root, stored);
			return follow(taxonomy, started, startNanos, warnings);
		}
		progress = new Progress(0, files.size());
		String fingerprint = ExtractionFingerprint.of(root, read.overrides(), properties.limits());
		IngestSummary summary = swap.update(taxonomy, fingerprint, List.copyOf(files.keySet()),
				() -> hashes(files, reader(content, root)), started, new ContentSwap.Ingest() {

					@Override
					public void load(ContentPlan plan, ContentWriter.Sink sink) {
						loadInParallel(plan.toLoad().stream().map(files::get).toList(), taxonomy, content, root, sink);
					}

					@Override
					public IngestSummary summary(ContentPlan plan, ContentWriter.Stored stored) {
						return IngestService.this.summary(started, startNanos, files.size(), stored, plan.reused(),
								skipped, warnings);
					}

				});
		progress = new Progress(files.size(), files.size());
		taxonomies.served(read);
		log.info("Ingested {} of {} files from {} ({} rejected, {} items, {} unchanged, {} skipped) in {} ms",
				summary.loaded(), files.size(), root, summary.rejected(), summary.items(), summary.unchanged(),
				skipped.size(), summary.took().toMillis());
		return summary;
	}

	/**
	 * Serves the content the database holds, without reading the folder, when it holds
	 * any: a restart of a large folder then answers from what it stored while the
	 * folder's hashes are compared with the stored ones (an ingest after this, which
	 * swaps in a new version only if something changed). Not to be called while an ingest
	 * may run.
	 * @return whether stored content is served
	 */
	boolean serveStored() {
		if (!swap.holdsContent()) {
			return false;
		}
		long startNanos = System.nanoTime();
		List<Notice> warnings = new ArrayList<>();
		Taxonomy taxonomy = taxonomies.read(ContentFiles.realFolder(properties.contentDir()), warnings).taxonomy();
		follow(taxonomy, clock.instant(), startNanos, warnings);
		return true;
	}

	private IngestSummary follow(Taxonomy taxonomy, Instant started, long startNanos, List<Notice> warnings) {
		IngestSummary summary = swap.follow(taxonomy,
				stored -> summary(started, startNanos, stored.articles() + stored.rejected(), stored,
						stored.articles() + stored.rejected(), List.of(), warnings));
		log.info("Following the stored content: {} articles, {} items", summary.loaded(), summary.items());
		return summary;
	}

	/** The hash of every file, read before the plan when stored files may be kept. */
	private static Map<String, String> hashes(Map<String, Path> files, ContentFileReader reader) {
		Map<String, String> hashes = new LinkedHashMap<>();
		files.forEach((file, path) -> hashes.put(file, reader.hash(path)));
		return hashes;
	}

	private ContentFileReader reader(ContentFiles content, Path root) {
		return new ContentFileReader(content, root, properties.maxFileSize(), messages);
	}

	private IngestSummary summary(Instant started, long startNanos, int files, ContentWriter.Stored stored,
			int unchanged, List<String> skipped, List<Notice> warnings) {
		return new IngestSummary(started, Duration.ofNanos(System.nanoTime() - startNanos), contentDir(), files,
				stored.articles(), stored.rejected(), stored.items(), unchanged, skipped, warnings);
	}

	private void loadInParallel(List<Path> paths, Taxonomy taxonomy, ContentFiles content, Path root,
			ContentWriter.Sink sink) {
		int[] done = { 0 };
		ContentFileReader reader = reader(content, root);
		try (ParallelLoader loader = new ParallelLoader(taxonomy, properties.limits(),
				Runtime.getRuntime().availableProcessors())) {
			loader.forEachInOrder(paths, reader::load, read -> {
				if (read.outcome() instanceof LoadedArticle article) {
					sink.article(article, read.contentHash());
				}
				else {
					sink.rejected((RejectedFile) read.outcome(), read.storedHash());
				}
				progress = new Progress(++done[0], paths.size());
				logProgress(progress);
			});
		}
	}

	private static void logProgress(Progress progress) {
		int step = Math.max(1, progress.total() / 10);
		if (progress.done() % step == 0 || progress.done() == progress.total()) {
			log.info("Ingest progress: {} / {} files", progress.done(), progress.total());
		}
	}

	static String relative(Path root, Path path) {
		return root.relativize(path).toString().replace('\\', '/');
	}

}
