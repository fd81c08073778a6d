package org.roleatlas.corpus;

import java.util.Locale;
import java.util.Objects;

import org.roleatlas.taxonomy.Labels;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * A canonical kind of work (product-vision, roadmap …) that items in any language map to.
 */
@Entity
public class Concept {

	@Id
	private String id;

	@Column(name = "label_en", nullable = false)
	private String labelEn;

	@Column(name = "label_ko", nullable = false)
	private String labelKo;

	protected Concept() {
	}

	public Concept(String id, String labelEn, String labelKo) {
		this.id = Objects.requireNonNull(id);
		this.labelEn = Objects.requireNonNull(labelEn);
		this.labelKo = Objects.requireNonNull(labelKo);
	}

	public String getId() {
		return id;
	}

	public String getLabelEn() {
		return labelEn;
	}

	public String getLabelKo() {
		return labelKo;
	}

	public String label(Locale locale) {
		return Labels.label(locale, labelEn, labelKo);
	}

}
