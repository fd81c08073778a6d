package org.roleatlas.corpus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

/**
 * One source file of the content folder as the loader read it: its raw text beside what
 * was found in it, so a page can show both and a reload can re-derive everything.
 */
@Entity
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atlas_seq")
	private Long id;

	/** Path relative to the content folder, with forward slashes. */
	@Column(nullable = false, unique = true)
	private String file;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String lang;

	@Column(nullable = false)
	private String format;

	private String source;

	@Basic(fetch = FetchType.LAZY)
	@Column(name = "raw_text", nullable = false)
	private String rawText;

	@Column(name = "ingested_at", nullable = false)
	private Instant ingestedAt;

	/**
	 * The content version this row was written for: the search documents of its items and
	 * definitions carry it, so that a search sees only the version being served while the
	 * next one is written beside it.
	 */
	@Column(name = "content_version", nullable = false)
	private long contentVersion;

	/**
	 * SHA-256 of the file's bytes: a later ingest under the same fingerprint keeps this
	 * row, unparsed, while the file is unchanged.
	 */
	@Column(name = "content_hash", nullable = false)
	private String contentHash;

	@ElementCollection
	@CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "tag")
	private List<String> tags = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_section", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<ArticleSection> sections = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_dropped_line", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<DroppedLine> droppedLines = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_candidate", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<CandidateDecision> candidates = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_warning", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<Notice> warnings = new ArrayList<>();

	// Ordered, so that every database answers the same order (PostgreSQL does not keep
	// insertion order).
	@ManyToMany(fetch = FetchType.LAZY)
	@OrderBy("id")
	@JoinTable(name = "article_subject_role", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id"))
	private Set<Role> subjectRoles = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@OrderBy("id")
	@JoinTable(name = "article_mentioned_role", joinColumns = @JoinColumn(name = "article_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id"))
	private Set<Role> mentionedRoles = new LinkedHashSet<>();

	protected Article() {
	}

	public Article(String file, String title, String lang, ArticleFormat format, String source, String rawText,
			Instant ingestedAt, long contentVersion, String contentHash) {
		this.file = Objects.requireNonNull(file, "file");
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("Every article needs a title: " + file);
		}
		this.title = title;
		this.lang = Objects.requireNonNull(lang, "lang");
		this.format = format.label();
		this.source = source;
		this.rawText = Objects.requireNonNull(rawText, "rawText");
		this.ingestedAt = Objects.requireNonNull(ingestedAt, "ingestedAt");
		this.contentVersion = contentVersion;
		this.contentHash = Objects.requireNonNull(contentHash, "contentHash");
	}

	public Long getId() {
		return id;
	}

	public String getFile() {
		return file;
	}

	public String getTitle() {
		return title;
	}

	public String getLang() {
		return lang;
	}

	public String getFormat() {
		return format;
	}

	public String getSource() {
		return source;
	}

	public String getRawText() {
		return rawText;
	}

	public Instant getIngestedAt() {
		return ingestedAt;
	}

	public long getContentVersion() {
		return contentVersion;
	}

	public String getContentHash() {
		return contentHash;
	}

	public List<String> getTags() {
		return List.copyOf(tags);
	}

	public List<ArticleSection> getSections() {
		return List.copyOf(sections);
	}

	public List<DroppedLine> getDroppedLines() {
		return List.copyOf(droppedLines);
	}

	/** Every candidate item weighed for the article, kept or dropped, with its cue. */
	public List<CandidateDecision> getCandidates() {
		return List.copyOf(candidates);
	}

	public void decideCandidates(List<CandidateDecision> decisions) {
		this.candidates = new ArrayList<>(decisions);
	}

	public List<Notice> getWarnings() {
		return List.copyOf(warnings);
	}

	public Set<Role> getSubjectRoles() {
		return Collections.unmodifiableSet(subjectRoles);
	}

	public Set<Role> getMentionedRoles() {
		return Collections.unmodifiableSet(mentionedRoles);
	}

	public void describe(List<String> tags, List<ArticleSection> sections, List<DroppedLine> droppedLines,
			List<Notice> warnings) {
		this.tags = new ArrayList<>(tags);
		this.sections = new ArrayList<>(sections);
		this.droppedLines = new ArrayList<>(droppedLines);
		this.warnings = new ArrayList<>(warnings);
	}

	public void assignRoles(Set<Role> subjects, Set<Role> mentioned) {
		this.subjectRoles = new LinkedHashSet<>(subjects);
		this.mentionedRoles = new LinkedHashSet<>(mentioned);
		this.mentionedRoles.removeAll(subjects);
	}

}
