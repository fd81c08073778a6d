package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.ingest.ArticleFacts.CareerFact;
import org.roleatlas.ingest.Block.Type;
import org.roleatlas.ingest.ParsedArticle.Section;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TextNormalizer;

/**
 * Finds the career ladder of a career section: the titles after career markers, in order,
 * given to every subject role once there are enough steps to be a ladder.
 */
final class CareerLadderFinder {

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final int MIN_LADDER_STEPS = 3;

	private static final int MAX_TITLE_WORDS = 6;

	/**
	 * "avdelningschefen – CPO": a spaced dash in a ladder step opens an apposition, often
	 * the role's own name.
	 */
	private static final Pattern SPACED_DASH = Pattern.compile("\\s[–—-]\\s");

	private final Taxonomy.Phrases phrases;

	private final RoleMatcher roles;

	CareerLadderFinder(Taxonomy.Phrases phrases, RoleMatcher roles) {
		this.phrases = phrases;
		this.roles = roles;
	}

	private record Marker(int start, int end, boolean introducesTitle) {
	}

	/**
	 * @param role null when the title names no known role, or more than one
	 */
	private record Step(String title, String role, int line) {
	}

	List<CareerFact> find(ParsedArticle article, Set<String> subjects) {
		List<Step> steps = new ArrayList<>();
		for (Section section : article.sections()) {
			if (section.kind() != SectionKind.CAREER) {
				continue;
			}
			for (Block block : section.blocks()) {
				if (block.type() == Type.PARAGRAPH) {
					steps.addAll(ladderSteps(block));
				}
			}
		}
		if (steps.size() < MIN_LADDER_STEPS) {
			return List.of();
		}
		List<CareerFact> facts = new ArrayList<>();
		for (String role : subjects) {
			for (int i = 0; i < steps.size(); i++) {
				Step step = steps.get(i);
				facts.add(new CareerFact(role, i + 1, step.title(), step.role(), step.line()));
			}
		}
		return facts;
	}

	/**
	 * Titles after career markers, cut where a clause starts; a sequence marker counts
	 * only before a role name.
	 */
	private List<Step> ladderSteps(Block block) {
		String text = block.text();
		String folded = text.toLowerCase(Locale.ROOT);
		List<Marker> markers = new ArrayList<>();
		collect(folded, phrases.careerTitleMarkers(), true, markers);
		collect(folded, phrases.careerSequenceMarkers(), false, markers);
		markers.sort(
				Comparator.comparingInt(Marker::start).thenComparing(Comparator.comparingInt(Marker::end).reversed()));
		List<Marker> kept = new ArrayList<>();
		for (Marker marker : markers) {
			if (kept.isEmpty() || marker.start() >= kept.get(kept.size() - 1).end()) {
				kept.add(marker);
			}
		}
		List<Step> steps = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			Marker marker = kept.get(i);
			int end = i + 1 < kept.size() ? kept.get(i + 1).start() : text.length();
			String title = cutTitle(text.substring(marker.end(), end));
			if (title.isEmpty()) {
				continue;
			}
			Step step = step(text, text.indexOf(title, marker.end()), title, block.lineAt(marker.start()));
			boolean plausible = step.title().split(" ").length <= MAX_TITLE_WORDS && (marker.introducesTitle()
					|| step.role() != null || roles.find(step.title()).stream().anyMatch(x -> !x.resolved()));
			if (plausible) {
				steps.add(step);
			}
		}
		return steps;
	}

	/**
	 * The step's role, read in the block so that an ambiguous alias resolves by its
	 * sentence ("associate product managers, sedan produktchefer"). After a spaced dash,
	 * a bare role name is the step's own name and gives the role when the head names
	 * none; anything else there is a remark and is cut off the title.
	 */
	private Step step(String text, int at, String title, int line) {
		Matcher dash = SPACED_DASH.matcher(title);
		if (!dash.find()) {
			return new Step(title, onlyRole(roles.rolesNamedWithin(text, at, at + title.length())), line);
		}
		String head = TextNormalizer.stripTrailingPunctuation(title.substring(0, dash.start()));
		String apposition = title.substring(dash.end());
		String role = onlyRole(roles.rolesNamedWithin(text, at, at + dash.start()));
		if (LETTER.matcher(roles.withoutRoleNames(apposition)).find()) {
			return new Step(head, role, line);
		}
		return new Step(title,
				role != null ? role : onlyRole(roles.rolesNamedWithin(text, at + dash.end(), at + title.length())),
				line);
	}

	private static String onlyRole(Set<String> named) {
		return named.size() == 1 ? named.iterator().next() : null;
	}

	private static void collect(String folded, List<String> phrases, boolean introducesTitle, List<Marker> markers) {
		for (String phrase : phrases) {
			for (int at = PhraseMatch.indexOf(folded, phrase, 0); at >= 0; at = PhraseMatch.indexOf(folded, phrase,
					at + 1)) {
				markers.add(new Marker(at, at + PhraseMatch.lengthOf(phrase), introducesTitle));
			}
		}
	}

	private String cutTitle(String segment) {
		String title = segment;
		for (String ender : phrases.careerTitleEnders()) {
			int at = title.indexOf(ender);
			if (at >= 0) {
				title = title.substring(0, at);
			}
		}
		return TextNormalizer.stripTrailingPunctuation(title);
	}

}
