package org.roleatlas.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.roleatlas.corpus.Notice;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.taxonomy.TaxonomyLoader;

/**
 * The files of the content folder, read by their real path: only regular files whose real
 * path lies inside the folder's real path are articles. A symbolic link that points out
 * of the folder (to a system file, say), a broken link, a link loop, a link to a folder
 * and anything that is not a regular file (a pipe, a device) is skipped with its reason
 * and never opened; links are never followed into folders, so a loop cannot make the walk
 * run forever.
 */
final class ContentFiles {

	private static final List<String> ARTICLE_EXTENSIONS = List.of(".md", ".markdown", ".txt");

	private final Path root;

	/** The files found: articles to load, others skipped, each skip with its notice. */
	record Listing(List<Path> articles, List<String> skipped, List<Notice> notices) {
	}

	/**
	 * @param root the content folder's real path ({@link #realFolder})
	 */
	ContentFiles(Path root) {
		this.root = root;
	}

	/**
	 * The folder's real path, so that a content folder reached through a link is still
	 * one folder; the path as given when it does not exist.
	 */
	static Path realFolder(Path given) {
		try {
			return given.toRealPath();
		}
		catch (IOException ex) {
			return given.toAbsolutePath().normalize();
		}
	}

	/**
	 * How the report names the content folder: as configured when relative, else only its
	 * name, so that no response reveals where the server keeps its files.
	 */
	static String displayName(Path given) {
		if (!given.isAbsolute()) {
			return given.normalize().toString().replace('\\', '/');
		}
		Path name = given.normalize().getFileName();
		return name == null ? "/" : name.toString();
	}

	Listing list() {
		List<Path> articles = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		List<Notice> notices = new ArrayList<>();
		Path taxonomyDir = root.resolve(TaxonomyLoader.FOLDER);
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
					return !dir.startsWith(taxonomyDir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
				}

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
					NoticeCode refusal = refusal(file, attrs);
					if (refusal != null) {
						skipped.add(relative(file));
						notices.add(refusal.with(relative(file)));
					}
					else if (isArticle(file)) {
						articles.add(file);
					}
					else {
						skipped.add(relative(file));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException ex) {
					skipped.add(relative(file));
					notices.add(NoticeCode.SKIPPED_UNREADABLE.with(relative(file)));
					return FileVisitResult.CONTINUE;
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the content folder " + root, ex);
		}
		articles.sort(null);
		skipped.sort(null);
		return new Listing(articles, skipped, notices);
	}

	/**
	 * The bytes of a listed file, checked again by real path at the moment of reading
	 * (the folder may have changed since it was listed) and opened without following a
	 * link.
	 */
	byte[] read(Path file) throws IOException {
		Path real = file.toRealPath();
		if (!real.startsWith(root) || !Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
			throw new ArticleRejectedException(NoticeCode.SKIPPED_LINK_OUTSIDE.with(relative(file)));
		}
		try (InputStream in = Files.newInputStream(real, LinkOption.NOFOLLOW_LINKS)) {
			return in.readAllBytes();
		}
	}

	/** Why a file found by the walk is not to be opened, or null when it may be. */
	private NoticeCode refusal(Path file, BasicFileAttributes attrs) {
		if (attrs.isRegularFile()) {
			return null;
		}
		if (!attrs.isSymbolicLink()) {
			return NoticeCode.SKIPPED_NOT_REGULAR;
		}
		Path real;
		try {
			real = file.toRealPath();
		}
		catch (IOException ex) {
			// a dangling link and a loop (too many levels of links) both end here
			return NoticeCode.SKIPPED_LINK_BROKEN;
		}
		if (!real.startsWith(root)) {
			return NoticeCode.SKIPPED_LINK_OUTSIDE;
		}
		return Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) ? null : NoticeCode.SKIPPED_NOT_REGULAR;
	}

	private static boolean isArticle(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		return !name.startsWith(".") && ARTICLE_EXTENSIONS.stream().anyMatch(name::endsWith);
	}

	String relative(Path path) {
		return root.relativize(path).toString().replace('\\', '/');
	}

}
