package org.roleatlas.role;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Hands {@link SourceTitles} to every page as {@code titles}, for the citation fragment
 * ({@code fragments/items :: source}) that role, concept, compare and search pages share.
 */
@ControllerAdvice(annotations = Controller.class)
class SourceTitlesAdvice {

	private final SourceTitles titles;

	SourceTitlesAdvice(SourceTitles titles) {
		this.titles = titles;
	}

	@ModelAttribute("titles")
	SourceTitles titles() {
		return titles;
	}

}
