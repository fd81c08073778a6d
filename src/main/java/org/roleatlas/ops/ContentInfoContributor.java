package org.roleatlas.ops;

import java.util.LinkedHashMap;
import java.util.Map;

import org.roleatlas.corpus.IngestReports;
import org.roleatlas.corpus.IngestSummary;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/info} → {@code content}: the figures of the last ingest. Only counts
 * and times: the content folder's path and the articles' text stay out of a public
 * endpoint.
 */
@Component
class ContentInfoContributor implements InfoContributor {

	private final IngestReports reports;

	ContentInfoContributor(IngestReports reports) {
		this.reports = reports;
	}

	@Override
	public void contribute(Info.Builder builder) {
		IngestSummary last = reports.lastSummary();
		Map<String, Object> content = new LinkedHashMap<>();
		content.put("lastIngest", last.startedAt());
		content.put("ingestMillis", last.took().toMillis());
		content.put("files", last.files());
		content.put("articles", last.loaded());
		content.put("rejected", last.rejected());
		content.put("items", last.items());
		builder.withDetail("content", content);
	}

}
