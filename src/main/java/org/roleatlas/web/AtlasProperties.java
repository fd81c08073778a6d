package org.roleatlas.web;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

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
 */
@Validated
@ConfigurationProperties("atlas")
public record AtlasProperties(@NotNull @DefaultValue("content") Path contentDir,
		@NotNull @DefaultValue("2MB") DataSize maxFileSize, @DefaultValue("true") boolean ingestOnStartup,
		String adminToken) {
}
