package org.roleatlas.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.roleatlas.taxonomy.Labels;
import org.roleatlas.taxonomy.RoleAlias;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;

/** A canonical role such as CPO or 기획자, with its names and aliases in any language. */
@Entity
public class Role {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "atlas_seq")
	@SequenceGenerator(name = "atlas_seq", sequenceName = "atlas_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "name_ko")
	private String nameKo;

	@Column(name = "from_taxonomy", nullable = false)
	private boolean fromTaxonomy;

	@ElementCollection
	@CollectionTable(name = "role_alias", joinColumns = @JoinColumn(name = "role_id"))
	@OrderColumn(name = "position")
	private List<RoleAlias> aliases = new ArrayList<>();

	protected Role() {
	}

	public Role(String slug, String nameEn, String nameKo, boolean fromTaxonomy, List<RoleAlias> aliases) {
		this.slug = Objects.requireNonNull(slug, "slug");
		this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
		this.nameKo = nameKo;
		this.fromTaxonomy = fromTaxonomy;
		this.aliases = new ArrayList<>(aliases);
	}

	public Long getId() {
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String getNameKo() {
		return nameKo;
	}

	/** The name in the given UI language, falling back to English. */
	public String name(Locale locale) {
		return Labels.label(locale, nameEn, nameKo);
	}

	public boolean isFromTaxonomy() {
		return fromTaxonomy;
	}

	public List<RoleAlias> getAliases() {
		return List.copyOf(aliases);
	}

	/** The roles' slugs, sorted, as the pages and the API list them. */
	public static List<String> slugs(Collection<Role> roles) {
		return roles.stream().map(Role::getSlug).sorted().toList();
	}

}
