package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
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

	private static final int MAX_CUE_QUOTE = 60;

	private static final Pattern ASIDE = Pattern.compile("[(（][^)）]*[)）]");

	private final SectionClassifier classifier;

	private final RoleMatcher roles;

	private final Cues cues;

	private final ProseCandidates prose;

	CandidateReader(SectionClassifier classifier, RoleMatcher roles, Taxonomy taxonomy) {
		this.classifier = classifier;
		this.roles = roles;
		this.cues = taxonomy.cues();
		this.prose = new ProseCandidates(new ProseClauses(roles, cues, taxonomy.phrases().definitionMarkers()),
				new InlineEnumerations(taxonomy.phrases()), cues);
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
					.map(kind -> new Context(kind, "title '" + quote(article.title()) + "'", false))
					.orElse(null);
		Governing governing = new Governing(titleContext == null ? Context.NONE : titleContext, 0, true);
		Set<String> sectionRoles = Set.of();
		blocks(article.preamble(), 0, null, governing.context(), sectionRoles, subjects, lang, out);
		// the numbered run the sections before belong to, or null
		Run run = null;
		for (Section section : article.sections()) {
			String heading = section.heading();
			if (run != null && run.continuedBy(section)) {
				// a run's member is a duty whatever its own words say ("8. Tracks a few
				// useful metrics", "7. Coaches the organization, not just the team")
				run = run.next();
				int start = listicleHeading(section, run.context(), sectionRoles, lang, out);
				blocks(section.blocks(), start, heading, run.context(), sectionRoles, subjects, lang, out);
				continue;
			}
			run = null;
			Set<String> named = roles.rolesNamed(heading);
			Context own = contextOf("heading", heading, lang);
			// a role's bare name defines it, except as a side under "who does what"
			if (own != null && own.kind() == SectionKind.DEFINITION && !named.isEmpty()
					&& roleHeading(section, governing).kind() != null) {
				own = null;
			}
			Context context;
			int start = 0;
			if (own != null) {
				context = own;
				governing = new Governing(own, section.level(), false);
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
				context = new Context(null, "heading '" + quote(heading) + "' says no kind", false);
			}
			if (!named.isEmpty()) {
				sectionRoles = named;
			}
			blocks(section.blocks(), start, heading, context, sectionRoles, subjects, lang, out);
		}
		return out;
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
		String cue = "heading '" + quote(section.heading()) + "' names a role";
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
					"numbered under title '" + quote(title) + "' naming the role", false);
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
		while (end < blocks.size() && blocks.get(end).type() == Type.PARAGRAPH && !(end + 1 < blocks.size()
				&& blocks.get(end + 1).type() == Type.LIST_ITEM && introducesList(blocks.get(end).text(), lang))) {
			description.append(description.isEmpty() ? "" : " ").append(blocks.get(end++).text());
		}
		String text = NUMBERED.matcher(section.heading()).replaceFirst("").strip();
		out.add(new Candidate(Shape.HEADING, text, description.isEmpty() ? null : description.toString(),
				section.line(), section.heading(), context, roles));
		return end;
	}

	/**
	 * What a heading or introducing sentence says of the items under it, or null when it
	 * says nothing.
	 */
	private Context contextOf(String what, String text, String lang) {
		String quoted = what + " '" + quote(text) + "'";
		// an aside in brackets ("Traits of a good PO (my list, not the guide's)") does
		// not
		// say what the items are
		String unbracketed = ASIDE.matcher(text).replaceAll(" ");
		if (PhraseMatch.containsAny(PhraseMatch.fold(unbracketed), Cues.in(cues.nonDutyHeadings(), lang))) {
			return new Context(null, quoted + " says not duties", true);
		}
		return classifier.classify(text).map(kind -> new Context(kind, quoted, false)).orElse(null);
	}

	private void blocks(List<Block> blocks, int start, String heading, Context sectionContext, Set<String> sectionRoles,
			Set<String> subjects, String lang, List<Candidate> out) {
		Context list = sectionContext;
		Set<String> listRoles = sectionRoles;
		int lastItem = -1;
		boolean loose = false;
		for (int i = start; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			switch (block.type()) {
				case PARAGRAPH -> {
					boolean listFollows = i + 1 < blocks.size() && blocks.get(i + 1).type() == Type.LIST_ITEM;
					if (listFollows && introducesList(block.text(), lang)) {
						String sentence = SectionClassifier.lastSentence(block.text());
						list = introduced(sentence, sectionContext, subjects, lang);
						Set<String> named = roles.rolesNamed(sentence);
						listRoles = named.isEmpty() ? sectionRoles : named;
						lastItem = -1;
						loose = false;
					}
					else if (lastItem >= 0 && (loose || nextIsItem(blocks, i, lang))) {
						loose = true;
						out.set(lastItem, out.get(lastItem).withDescription(block.text()));
					}
					else {
						lastItem = -1;
						list = sectionContext;
						listRoles = sectionRoles;
						Set<String> sentenceSubjects = new LinkedHashSet<>(subjects);
						sentenceSubjects.addAll(sectionRoles);
						prose.add(blocks, i, heading, sectionContext, sectionRoles, sentenceSubjects, lang, out);
					}
				}
				case LIST_ITEM -> {
					String[] headAndRest = ItemExtractor.splitHead(block.text());
					String description = headAndRest[1] == null ? block.detail()
							: block.detail() == null ? headAndRest[1] : headAndRest[1] + " " + block.detail();
					out.add(new Candidate(Shape.LIST_ITEM, headAndRest[0], description, block.line(), heading, list,
							listRoles));
					lastItem = out.size() - 1;
				}
				case HEADING -> {
					if (i + 1 < blocks.size() && blocks.get(i + 1).type() == Type.LIST_ITEM) {
						list = new Context(sectionContext.kind(),
								"sub-heading '" + quote(block.text()) + "' under " + sectionContext.cue(),
								sectionContext.notDuties());
						lastItem = -1;
					}
					else {
						out.add(new Candidate(Shape.HEADING, block.text(), null, block.line(), heading, sectionContext,
								sectionRoles));
						lastItem = out.size() - 1;
						loose = true;
					}
				}
			}
		}
	}

	/**
	 * The context of a list an introducing sentence governs: the kind it says, else, when
	 * its section says none and its subject is the role ("In practice, a product
	 * designer:", "El Scrum Master ayuda al equipo de varias maneras:"), the role's
	 * duties, else its section's.
	 */
	private Context introduced(String sentence, Context sectionContext, Set<String> subjects, String lang) {
		Context own = contextOf("introduced by", sentence, lang);
		if (own != null && own.kind() != SectionKind.DEFINITION) {
			return own;
		}
		if (sectionContext.kind() == null && !sectionContext.notDuties()
				&& prose.speaksOfARole(sentence, lang, subjects)) {
			return new Context(SectionKind.RESPONSIBILITIES,
					"introduced by '" + quote(sentence) + "', whose subject is the role", false);
		}
		return new Context(sectionContext.kind(), sectionContext.cue() + ", introduced by '" + quote(sentence) + "'",
				sectionContext.notDuties());
	}

	/** Whether the paragraph's last sentence announces the list under it. */
	private boolean introducesList(String paragraph, String lang) {
		if (classifier.introducesList(paragraph)) {
			return true;
		}
		String last = PhraseMatch.fold(SectionClassifier.lastSentence(paragraph));
		return PhraseMatch.containsAny(last, Cues.in(cues.listIntroducers(), lang));
	}

	/**
	 * Whether the same list goes on after this paragraph (a paragraph introducing a new
	 * list ends it).
	 */
	private boolean nextIsItem(List<Block> blocks, int i, String lang) {
		for (int j = i + 1; j < blocks.size(); j++) {
			Block next = blocks.get(j);
			if (next.type() != Type.PARAGRAPH) {
				return next.type() == Type.LIST_ITEM;
			}
			if (introducesList(next.text(), lang)) {
				return false;
			}
		}
		return false;
	}

	private static String quote(String text) {
		return text.length() <= MAX_CUE_QUOTE ? text : text.substring(0, MAX_CUE_QUOTE - 1) + "…";
	}

}
