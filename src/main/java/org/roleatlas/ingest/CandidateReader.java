package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.roleatlas.ingest.Block.Type;
import org.roleatlas.ingest.Candidate.Context;
import org.roleatlas.ingest.Candidate.Shape;
import org.roleatlas.ingest.ParsedArticle.Section;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy.Cues;
import org.roleatlas.taxonomy.Taxonomy;

/**
 * Offers every piece of an article's body that may be an item, each with the context that
 * governs it: list items anywhere (under the heading or introducing sentence above them),
 * the headings of a numbered run under a duties title or heading (with the prose below
 * them), short headings over prose inside a duties section, and what a paragraph offers
 * ({@link ProseCandidates}: inline enumerations, run-in heads, the clauses of sentences
 * whose subject is a role). What they are is decided later ({@link CueJudge}); this class
 * only reads structure.
 */
final class CandidateReader {

	private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[0-9０-９]{1,2}[.)．）:]|[①-⑳])");

	/** A heading's number: "4.3 ", "2. ", "③". */
	private static final Pattern SECTION_NUMBER = Pattern.compile("^[\\s\\d０-９.．)）:①-⑳]+");

	/** A series of headings shares a word this long at least (not "The", "Le"). */
	private static final int MIN_SERIES_WORD = 4;

	private final SectionClassifier classifier;

	private final RoleMatcher roles;

	private final SectionBlocks sectionBlocks;

	CandidateReader(SectionClassifier classifier, RoleMatcher roles, Taxonomy taxonomy) {
		this.classifier = classifier;
		this.roles = roles;
		Cues cues = taxonomy.cues();
		ProseCandidates prose = new ProseCandidates(
				new ProseClauses(roles, cues, taxonomy.phrases().definitionMarkers()),
				new InlineEnumerations(taxonomy.phrases()), cues, classifier);
		this.sectionBlocks = new SectionBlocks(classifier, roles, cues, prose);
	}

	/** The heading that item-less headings under it inherit their context from. */
	private record Governing(Context context, int level, boolean title) {
	}

	/**
	 * The candidates of the article; a prose sentence counts when its subject is one of
	 * the subjects or a role its section names (any role when there are no subjects).
	 */
	List<Candidate> read(ParsedArticle article, Set<String> subjects) {
		List<Candidate> out = new ArrayList<>();
		String lang = article.lang();
		// A title may say what the role does and does not do; only its kind counts.
		Context titleContext = article.title() == null ? null
				: classifier.classify(article.title())
					.map(kind -> new Context(kind, "title '" + SectionBlocks.quote(article.title()) + "'", false))
					.orElse(null);
		Governing governing = new Governing(titleContext == null ? Context.NONE : titleContext, 0, true);
		Set<String> sectionRoles = Set.of();
		sectionBlocks.read(article.preamble(), 0, null, governing.context(), sectionRoles, subjects, lang, out);
		// the numbered run the sections before belong to, or null
		Run run = null;
		// the section before, and the duties its list was introduced as, or null
		Section previous = null;
		SectionBlocks.IntroducedDuties siblingDuties = null;
		for (Section section : article.sections()) {
			String heading = section.heading();
			if (run != null && run.continuedBy(section)) {
				// a run's member is a duty whatever its own words say ("8. Tracks a few
				// useful metrics", "7. Coaches the organization, not just the team")
				run = run.next();
				int start = listicleHeading(section, run.context(), sectionRoles, lang, out);
				sectionBlocks.read(section.blocks(), start, heading, run.context(), sectionRoles, subjects, lang, out);
				previous = section;
				siblingDuties = null;
				continue;
			}
			run = null;
			Set<String> named = roles.rolesNamed(heading);
			Context own = sectionBlocks.contextOf("heading", heading, lang);
			// a role's bare name defines it, except as a side under "who does what"
			if (own != null && own.kind() == SectionKind.DEFINITION && !named.isEmpty()
					&& roleHeading(section, governing).kind() != null) {
				own = null;
			}
			Context context;
			int start = 0;
			boolean parallel = own == null && siblingDuties != null && parallel(previous, section);
			if (own != null) {
				context = own;
				governing = new Governing(own, section.level(), false);
			}
			else if (parallel) {
				// "4.3 Servicio al Product Owner" after "4.2 Servicio al Scrum Team",
				// whose
				// list the Scrum Master's sentence introduced: the same role's duties,
				// the
				// role named in it only whom they serve
				context = new Context(SectionKind.RESPONSIBILITIES,
						"heading '" + SectionBlocks.quote(heading) + "' parallel to '"
								+ SectionBlocks.quote(previous.heading()) + "', " + siblingDuties.context().cue(),
						false);
				named = siblingDuties.roles();
			}
			else if (!named.isEmpty()) {
				context = roleHeading(section, governing);
				// a role's side leaves the heading above governing: "### CTO:n" after
				// "### CPO:n" is the other side
				if (context.kind() == null) {
					governing = new Governing(context, section.level(), false);
				}
			}
			else if (inherits(section, governing)) {
				context = inherited(governing, heading, article.title());
				if (NUMBERED.matcher(heading).find()) {
					start = listicleHeading(section, context, sectionRoles, lang, out);
					run = Run.startedBy(section, context);
				}
			}
			else {
				context = new Context(null, "heading '" + SectionBlocks.quote(heading) + "' says no kind", false);
			}
			if (!named.isEmpty()) {
				sectionRoles = named;
			}
			SectionBlocks.IntroducedDuties duties = sectionBlocks.read(section.blocks(), start, heading, context,
					sectionRoles, subjects, lang, out);
			siblingDuties = duties != null ? duties : parallel ? siblingDuties : null;
			previous = section;
		}
		return out;
	}

	/**
	 * Whether a heading is the next of a series with the one before: at its level, both
	 * numbered or neither, opening with the same word ("Servicio al Scrum Team",
	 * "Servicio a la organización").
	 */
	private static boolean parallel(Section previous, Section section) {
		if (previous == null || previous.level() != section.level()
				|| NUMBERED.matcher(previous.heading()).find() != NUMBERED.matcher(section.heading()).find()) {
			return false;
		}
		String first = firstWord(section.heading());
		return first.length() >= MIN_SERIES_WORD && first.equals(firstWord(previous.heading()));
	}

	private static String firstWord(String heading) {
		String words = SECTION_NUMBER.matcher(heading).replaceFirst("");
		return PhraseMatch.fold(words).split("[^\\p{L}]+", 2)[0];
	}

	/**
	 * A heading with no kind of its own belongs to the heading above it when it is
	 * deeper, or numbered right under the title ("## 1. 제품 백로그를 관리한다" under "PO가 하는 일")
	 * or under a plain-text heading that says its kind ("1. Poznaje potrzeby" under "7
	 * najważniejszych zadań PM-a": plain text has no heading levels).
	 */
	private static boolean inherits(Section section, Governing governing) {
		boolean deeper = governing.level() > 0 && section.level() > governing.level();
		boolean numbered = NUMBERED.matcher(section.heading()).find();
		boolean flatRun = governing.level() == 0 && section.level() == 0 && governing.context().kind() != null;
		return deeper || (numbered && (governing.title() || flatRun));
	}

	/**
	 * A heading naming a role, deeper than one about duties or a comparison, gives that
	 * role's side ("### CPO:n" under "CPO och CTO – vem gör vad?"): its items are the
	 * role's duties. Elsewhere it says no kind.
	 */
	private static Context roleHeading(Section section, Governing governing) {
		String cue = "heading '" + SectionBlocks.quote(section.heading()) + "' names a role";
		SectionKind above = governing.context().kind();
		boolean side = inherits(section, governing) && !governing.context().notDuties()
				&& (above == SectionKind.RESPONSIBILITIES || above == SectionKind.COMPARISON);
		return side ? new Context(SectionKind.RESPONSIBILITIES, cue + ", under " + governing.context().cue(), false)
				: new Context(null, cue, false);
	}

	/**
	 * The context a heading inherits; a numbered run under a title that names a role and
	 * says no kind ("7 cose che fa un Product Owner") lists what the role does.
	 */
	private Context inherited(Governing governing, String heading, String title) {
		Context above = governing.context();
		if (governing.title() && above.kind() == null && !above.notDuties() && NUMBERED.matcher(heading).find()
				&& title != null && !roles.rolesNamed(title).isEmpty()) {
			return new Context(SectionKind.RESPONSIBILITIES,
					"numbered under title '" + SectionBlocks.quote(title) + "' naming the role", false);
		}
		return new Context(above.kind(), "under " + above.cue(), above.notDuties());
	}

	/**
	 * A numbered heading over prose is a candidate itself, the prose under it its
	 * description (up to a sentence introducing a list); returns the first block after
	 * that prose.
	 */
	private int listicleHeading(Section section, Context context, Set<String> roles, String lang, List<Candidate> out) {
		List<Block> blocks = section.blocks();
		int end = 0;
		StringBuilder description = new StringBuilder();
		while (end < blocks.size() && blocks.get(end).type() == Type.PARAGRAPH
				&& !(end + 1 < blocks.size() && blocks.get(end + 1).type() == Type.LIST_ITEM
						&& sectionBlocks.introducesList(blocks.get(end).text(), lang))) {
			description.append(description.isEmpty() ? "" : " ").append(blocks.get(end++).text());
		}
		String text = NUMBERED.matcher(section.heading()).replaceFirst("").strip();
		out.add(new Candidate(Shape.HEADING, text, description.isEmpty() ? null : description.toString(),
				section.line(), section.heading(), context, roles));
		return end;
	}

}
