package org.roleatlas.ingest;

import java.util.List;
import java.util.OptionalInt;

import org.roleatlas.ingest.Block.Type;
import org.roleatlas.taxonomy.RoleMatcher;

/**
 * Finds a page's own title among the short lines that open its body, once chrome is gone.
 * A site header can leave lines no chrome rule knows above the title ("Blog", a site's
 * name), so the first short line is not trusted blindly: a line naming a role wins, then
 * a marked heading ({@code #}, {@code │}), then the line nearest the article's prose that
 * is not a section heading ("What is …?" stands under the title, not for it).
 */
final class TitleFinder {

	private final RoleMatcher roles;

	private final SectionClassifier classifier;

	TitleFinder(RoleMatcher roles, SectionClassifier classifier) {
		this.roles = roles;
		this.classifier = classifier;
	}

	/**
	 * A heading straight above a list is that list's heading ("프로덕트 오너의 역할"), not the
	 * page's title.
	 */
	private static boolean headsAList(List<Block> blocks, int heading) {
		return heading + 1 < blocks.size() && blocks.get(heading + 1).type() == Type.LIST_ITEM;
	}

	/**
	 * Index in {@code blocks} of the title line, or empty when the body opens with prose
	 * or a list.
	 */
	OptionalInt find(List<Block> blocks, int maxLength) {
		int opening = 0;
		while (opening < blocks.size() && blocks.get(opening).type() == Type.HEADING
				&& blocks.get(opening).text().length() <= maxLength && !headsAList(blocks, opening)) {
			opening++;
		}
		if (opening == 0) {
			return OptionalInt.empty();
		}
		for (int i = 0; i < opening; i++) {
			if (!roles.find(blocks.get(i).text()).isEmpty()) {
				return OptionalInt.of(i);
			}
		}
		for (int i = 0; i < opening; i++) {
			if (!blocks.get(i).implicit()) {
				return OptionalInt.of(i);
			}
		}
		for (int i = opening - 1; i >= 0; i--) {
			if (classifier.classify(blocks.get(i).text()).isEmpty()) {
				return OptionalInt.of(i);
			}
		}
		return OptionalInt.of(0);
	}

}
