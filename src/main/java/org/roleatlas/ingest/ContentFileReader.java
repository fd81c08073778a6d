package org.roleatlas.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.corpus.RejectedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.util.unit.DataSize;

/**
 * Reads the files of one ingest: the hash each is known by, and on a loader thread its
 * article or its rejection with the reason, so that one broken file is reported while the
 * rest load.
 */
final class ContentFileReader {

	private static final Logger log = LoggerFactory.getLogger(ContentFileReader.class);

	/**
	 * The hash of every file that cannot be read (or is too large to be): never that of
	 * any bytes, it stays with the file's rejection until the file can be read.
	 */
	private static final String UNREADABLE = "unreadable";

	private final ContentFiles content;

	private final Path root;

	private final DataSize maxFileSize;

	private final MessageSource messages;

	ContentFileReader(ContentFiles content, Path root, DataSize maxFileSize, MessageSource messages) {
		this.content = content;
		this.root = root;
		this.maxFileSize = maxFileSize;
		this.messages = messages;
	}

	/**
	 * One file read: its article or rejection, and the SHA-256 of the bytes read.
	 */
	record FileRead(Object outcome, String contentHash) {

		/**
		 * The hash to store with a rejection: none for one that may not recur (the time
		 * budget, an unexpected error), so the next ingest reads the file again.
		 */
		String storedHash() {
			if (outcome instanceof RejectedFile rejected) {
				String code = rejected.getReason().code();
				if (code.equals(NoticeCode.PARSE_TOO_SLOW.code()) || code.equals(NoticeCode.LOADING_FAILED.code())) {
					return "";
				}
			}
			return contentHash;
		}

	}

	/** The hash an unchanged file is known by. */
	String hash(Path path) {
		try {
			return ExtractionFingerprint.ofBytes(readBytes(path));
		}
		catch (ArticleRejectedException ex) {
			return UNREADABLE;
		}
	}

	/**
	 * Reads and loads one file on a loader thread: the loaded article, or the file
	 * rejected with its reason.
	 */
	FileRead load(ArticleLoader loader, Path path) {
		String file = IngestService.relative(root, path);
		String hash = UNREADABLE;
		try {
			byte[] bytes = readBytes(path);
			hash = ExtractionFingerprint.ofBytes(bytes);
			return new FileRead(loader.load(file, decode(bytes)), hash);
		}
		catch (ArticleRejectedException ex) {
			log.warn("Rejected {}: {}", file, ex.notice().wordedIn(messages, Locale.ENGLISH));
			return new FileRead(new RejectedFile(file, ex.notice()), hash);
		}
		catch (RuntimeException ex) {
			log.warn("Rejected {} after an unexpected error", file, ex);
			return new FileRead(new RejectedFile(file, NoticeCode.LOADING_FAILED.with()), hash);
		}
		catch (StackOverflowError ex) {
			// a shape nested deeper than a limit foresaw; the stack is unwound here, so
			// the other files still load
			log.warn("Rejected {}: its structure overflowed the stack", file);
			return new FileRead(new RejectedFile(file, NoticeCode.TOO_DEEP_TO_READ.with()), hash);
		}
	}

	private byte[] readBytes(Path path) {
		try {
			long size = Files.size(path);
			if (size > maxFileSize.toBytes()) {
				throw new ArticleRejectedException(NoticeCode.FILE_TOO_LARGE.with(size, maxFileSize));
			}
			return content.read(path);
		}
		catch (IOException ex) {
			// the exception's message names the server's absolute path, which the report
			// must not show
			throw new ArticleRejectedException(NoticeCode.UNREADABLE.with(ex.getClass().getSimpleName()));
		}
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
