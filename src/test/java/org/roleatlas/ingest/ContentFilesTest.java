package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.roleatlas.corpus.Notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The content folder read by real path: links out of it, broken links, loops and links to
 * folders are skipped with their reason and never opened; a link to a file inside loads.
 */
class ContentFilesTest {

	@TempDir
	Path temp;

	@Test
	void onlyRegularFilesInsideTheFolderAreArticles() throws IOException {
		Path content = Files.createDirectories(temp.resolve("content"));
		Path outside = Files.writeString(temp.resolve("secret.md"), "# Secret\n\nnot for the portal\n");
		Files.writeString(content.resolve("po.md"), HostileCorpus.ARTICLE);
		Files.createDirectories(content.resolve("team"));
		Files.writeString(content.resolve("team/notes.txt"), "notes");
		Files.writeString(content.resolve("photo.png"), "png");
		Files.createSymbolicLink(content.resolve("alias.md"), content.resolve("po.md"));
		Files.createSymbolicLink(content.resolve("secret.md"), outside);
		Files.createSymbolicLink(content.resolve("dangling.md"), content.resolve("gone.md"));
		Files.createSymbolicLink(content.resolve("loop-a.md"), content.resolve("loop-b.md"));
		Files.createSymbolicLink(content.resolve("loop-b.md"), content.resolve("loop-a.md"));
		Files.createSymbolicLink(content.resolve("up"), temp);
		Path passwords = Path.of("/etc/passwd");
		if (Files.exists(passwords)) {
			Files.createSymbolicLink(content.resolve("passwd.txt"), passwords);
		}

		ContentFiles files = new ContentFiles(ContentFiles.realFolder(content));
		ContentFiles.Listing listing = files.list();

		assertThat(listing.articles().stream().map(files::relative)).containsExactly("alias.md", "po.md",
				"team/notes.txt");
		assertThat(listing.skipped()).contains("photo.png", "secret.md", "dangling.md", "loop-a.md", "loop-b.md", "up");
		assertThat(listing.notices()).contains(new Notice("linkOutsideFolder", java.util.List.of("secret.md")),
				new Notice("linkBroken", java.util.List.of("dangling.md")),
				new Notice("linkBroken", java.util.List.of("loop-a.md")),
				new Notice("linkBroken", java.util.List.of("loop-b.md")),
				new Notice("linkOutsideFolder", java.util.List.of("up")));
		if (Files.exists(passwords)) {
			assertThat(listing.notices()).contains(new Notice("linkOutsideFolder", java.util.List.of("passwd.txt")));
		}
	}

	/** Swapped for a link out between listing and reading: refused at the read. */
	@Test
	void aFileTurnedIntoALinkAfterListingIsNotRead() throws IOException {
		Path content = Files.createDirectories(temp.resolve("content"));
		Path outside = Files.writeString(temp.resolve("secret.md"), "secret");
		Path article = Files.writeString(content.resolve("po.md"), HostileCorpus.ARTICLE);
		ContentFiles files = new ContentFiles(ContentFiles.realFolder(content));
		assertThat(files.list().articles()).hasSize(1);
		Files.delete(article);
		Files.createSymbolicLink(article, outside);
		assertThatThrownBy(() -> files.read(article)).isInstanceOf(ArticleRejectedException.class);
	}

	@Test
	void theReportNamesTheFolderAsConfiguredOrByItsNameOnly() {
		assertThat(ContentFiles.displayName(Path.of("content"))).isEqualTo("content");
		assertThat(ContentFiles.displayName(Path.of("docs/../articles"))).isEqualTo("articles");
		assumeThat(Path.of("/srv/atlas/articles").isAbsolute()).isTrue();
		assertThat(ContentFiles.displayName(Path.of("/srv/atlas/articles"))).isEqualTo("articles");
	}

}
