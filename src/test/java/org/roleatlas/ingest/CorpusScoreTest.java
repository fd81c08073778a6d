package org.roleatlas.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.roleatlas.corpus.ItemKind;
import org.roleatlas.ingest.CorpusScore.Expected;
import org.roleatlas.ingest.CorpusScore.Extraction;
import org.roleatlas.ingest.CorpusScore.FileScore;
import org.roleatlas.ingest.CorpusScore.Item;
import org.roleatlas.ingest.CorpusScore.RoleMapRow;
import org.roleatlas.ingest.CorpusScore.Tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The corpus README's scoring rules on small hand-made labels. */
class CorpusScoreTest {

	private final CorpusScore scorer = new CorpusScore(
			Map.of("a.md",
					new Expected("a.md", List.of("po", "product-manager", "growth-lead"), "en",
							List.of("Own the  Backlog", "set goals"), List.of("SQL"), List.of("Share on X"))),
			List.of(new RoleMapRow("a.md", "Own the backlog", "po"), new RoleMapRow("a.md", "set goals", "po")),
			Set.of("po", "product-manager"));

	@Test
	void foundRightKindPrecisionAndChromeFollowTheReadme() {
		FileScore score = scorer.score(new Extraction("a.md", "en", "a", Set.of("po"),
				List.of(item(ItemKind.RESPONSIBILITY, "You own the backlog every day", null, "po"),
						item(ItemKind.RESPONSIBILITY, "Tools", "SQL and Python", "po"),
						item(ItemKind.RESPONSIBILITY, "set", null, "product-manager"),
						item(ItemKind.SKILL, "Share on X or Facebook", null, "po"))));
		assertThat(score.responsibilities()).extracting(m -> m.found(), m -> m.rightKind())
			.containsExactly(tuple(true, true), tuple(false, false));
		assertThat(score.skills()).extracting(m -> m.found(), m -> m.rightKind()).containsExactly(tuple(true, false));
		assertThat(score.falsePositives()).extracting(Item::text).containsExactly("Share on X or Facebook");
		assertThat(score.chromeItems()).containsExactly("Share on X");
		assertThat(score.unknownRoles()).containsExactly("growth-lead");
		assertThat(score.subjectRolesMissed()).containsExactly("product-manager");
		assertThat(score.roleMapMissed()).extracting(RoleMapRow::item).containsExactly("set goals");
		assertThat(score.titleIsFileName()).isTrue();

		Tally all = CorpusScore.tally(List.of(score)).get("all");
		assertThat(all.precision()).isEqualTo(0.75);
		assertThat(all.responsibilitiesRightKindShare()).isEqualTo(0.5);
		assertThat(all.subjectShare()).isEqualTo(0.5);
		assertThat(all.roleMapShare()).isEqualTo(0.5);
		assertThat(all.filesWithoutItems).isZero();
	}

	private static Item item(ItemKind kind, String text, String description, String role) {
		return new Item(kind, text, description, Set.of(role));
	}

}
