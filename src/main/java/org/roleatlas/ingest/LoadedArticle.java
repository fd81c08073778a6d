package org.roleatlas.ingest;

import java.util.List;
import java.util.Set;

import org.roleatlas.corpus.CandidateDecision;
import org.roleatlas.corpus.Notice;
import org.roleatlas.taxonomy.RoleEntry;

/**
 * Everything read from one file, ready to be stored: the parsed article, whose roles it
 * is about (subjects) and names in passing (mentioned), its items (with the decision on
 * every candidate item) and facts, and the raw text it came from.
 */
record LoadedArticle(ParsedArticle parsed, String title, String rawText, Set<String> subjects, Set<String> mentioned,
		List<ExtractedItem> items, List<CandidateDecision> candidates, ArticleFacts facts, List<RoleEntry> newRoles,
		List<Notice> warnings) {
}
