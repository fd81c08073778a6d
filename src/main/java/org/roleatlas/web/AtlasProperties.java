package org.roleatlas.web;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Settings of Role Atlas, under the prefix {@code atlas}.
 *
 * @param contentDir folder of articles to load (recursively); env
 * {@code ATLAS_CONTENT_DIR}
 * @param maxFileSize larger files are rejected and reported rather than loaded
 * @param ingestOnStartup whether the content folder is loaded when the application starts
 * @param adminToken secret that {@code POST /api/ingest} must carry (header
 * {@code X-Atlas-Token}) to reload the content; reloading over HTTP is disabled while it
 * is unset
 * @param limits the bounds one article must keep to be loaded
 * @param backgroundIngestAbove a content folder of more article files than this loads
 * after the web server is up (pages answer 503 with the progress meanwhile); a smaller
 * one before, so the portal never answers from an empty database
 * @param watch whether changes to the content folder (its taxonomy included) are reloaded
 * as they happen
 * @param articlePageSize how much article text one article page shows: a longer article
 * is split into pages at its headings, none holding more than this unless one section
 * alone does (far above every seed and corpus article, which stay one page)
 * @param dataDir where the search index is kept across restarts (and, with the
 * {@code disk} profile, the H2 database); unset, the index lives in memory and is rebuilt
 * at every start; env {@code ATLAS_DATA_DIR}
 * @param writer whether this node loads the content folder into the database; a node with
 * {@code false} only follows what other nodes write (several nodes on one database)
 * @param pollInterval how often the node looks for a content version written by another
 * node into the shared database; 0 never
 */
@Validated
@ConfigurationProperties("atlas")
public record AtlasProperties(@NotNull @DefaultValue("content") Path contentDir,
		@NotNull @DefaultValue("2MB") DataSize maxFileSize, @DefaultValue("true") boolean ingestOnStartup,
		String adminToken, @Valid @DefaultValue Limits limits,
		@PositiveOrZero @DefaultValue("200") int backgroundIngestAbove, @DefaultValue("true") boolean watch,
		@NotNull @DefaultValue("64KB") DataSize articlePageSize, Path dataDir, @DefaultValue("true") boolean writer,
		@NotNull @DefaultValue("2s") Duration pollInterval) {

	/**
	 * What one article may hold before it is rejected with its reason instead of loaded,
	 * so that one hostile or broken file costs bounded time and memory and never stops
	 * the portal. The defaults are far above any real article (the seeds, the development
	 * corpus and the O*NET pages stay under a tenth of each).
	 *
	 * @param depth how deep quotes and lists may nest on one Markdown line (indentation
	 * counts one level per four columns)
	 * @param lineLength the longest line, in characters
	 * @param items list items per article
	 * @param sections headings per article
	 * @param references Markdown reference definitions plus the uses of them
	 * @param parseTime how long reading one article may take; the matching of the chrome
	 * rules checks it, so a runaway pattern stops within it
	 */
	public record Limits(@Positive @DefaultValue(DEPTH) int depth, @Positive @DefaultValue(LINE_LENGTH) int lineLength,
			@Positive @DefaultValue(ITEMS) int items, @Positive @DefaultValue(SECTIONS) int sections,
			@Positive @DefaultValue(REFERENCES) int references, @NotNull @DefaultValue(PARSE_TIME) Duration parseTime) {

		private static final String DEPTH = "32";

		private static final String LINE_LENGTH = "10000";

		private static final String ITEMS = "2000";

		private static final String SECTIONS = "500";

		private static final String REFERENCES = "1000";

		private static final String PARSE_TIME = "5s";

		/** The defaults, for loaders built outside Spring (tests, tools). */
		public static final Limits DEFAULTS = new Limits(Integer.parseInt(DEPTH), Integer.parseInt(LINE_LENGTH),
				Integer.parseInt(ITEMS), Integer.parseInt(SECTIONS), Integer.parseInt(REFERENCES),
				DurationStyle.detectAndParse(PARSE_TIME));

	}

}
