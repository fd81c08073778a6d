package org.roleatlas.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;

/**
 * A responsibility, skill or metric an article states, in its original language, citing
 * every line of the article that states it. An item never exists without provenance.
 */
@Entity
public class Item extends ArticlePart {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ItemKind kind;

	@Column(nullable = false)
	private String text;

	private String description;

	@Column(nullable = false)
	private String lang;

	/** Heading of the section of the first occurrence, as written. */
	@Column(nullable = false)
	private String section;

	/** 1-based line of the first occurrence. */
	private int line;

	/** Order of the item within its article. */
	private int position;

	@ElementCollection
	@CollectionTable(name = "item_occurrence", joinColumns = @JoinColumn(name = "item_id"))
	@OrderColumn(name = "position")
	private List<Occurrence> occurrences = new ArrayList<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "item_concept", joinColumns = @JoinColumn(name = "item_id"),
			inverseJoinColumns = @JoinColumn(name = "concept_id"))
	private Set<Concept> concepts = new LinkedHashSet<>();

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "item_role", joinColumns = @JoinColumn(name = "item_id"),
			inverseJoinColumns = @JoinColumn(name = "role_id"))
	private Set<Role> roles = new LinkedHashSet<>();

	protected Item() {
	}

	public Item(Article article, ItemKind kind, String text, String description, String lang, int position,
			List<Occurrence> occurrences, Set<Concept> concepts, Set<Role> roles) {
		super(article);
		if (occurrences.isEmpty()) {
			throw new IllegalArgumentException("An item needs the place it was found: " + text);
		}
		this.kind = Objects.requireNonNull(kind);
		this.text = Objects.requireNonNull(text);
		this.description = description;
		this.lang = Objects.requireNonNull(lang);
		this.position = position;
		this.occurrences = new ArrayList<>(occurrences);
		this.line = occurrences.get(0).line();
		this.section = occurrences.get(0).section();
		this.concepts = new LinkedHashSet<>(concepts);
		this.roles = new LinkedHashSet<>(roles);
	}

	public ItemKind getKind() {
		return kind;
	}

	public String getText() {
		return text;
	}

	public String getDescription() {
		return description;
	}

	public String getLang() {
		return lang;
	}

	public String getSection() {
		return section;
	}

	public int getLine() {
		return line;
	}

	public int getPosition() {
		return position;
	}

	public List<Occurrence> getOccurrences() {
		return List.copyOf(occurrences);
	}

	public Set<Concept> getConcepts() {
		return Collections.unmodifiableSet(concepts);
	}

	public Set<Role> getRoles() {
		return Collections.unmodifiableSet(roles);
	}

}
