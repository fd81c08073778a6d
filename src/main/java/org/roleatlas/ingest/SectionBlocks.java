package org.roleatlas.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.roleatlas.ingest.Block.Type;
import org.roleatlas.ingest.Candidate.Context;
import org.roleatlas.ingest.Candidate.Shape;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy.Cues;

/**
 * The candidates of one section's blocks: its list items (under the sentence that
 * introduces them, else the section's heading), its sub-headings and what its paragraphs
 * offer ({@link ProseCandidates}); and what its headings and introducing sentences say of
 * the items under them.
 */
final class SectionBlocks {

	private static final int MAX_CUE_QUOTE = 60;

	private static final Pattern ASIDE = Pattern.compile("[(（][^)）]*[)）]");

	/**
	 * The duties a sentence introduced a section's list as, by the role that is its
	 * subject, with the roles it names.
	 */
	record IntroducedDuties(Context context, Set<String> roles) {
	}

	private final SectionClassifier classifier;

	private final RoleMatcher roles;

	private final Cues cues;

	private final ProseCandidates prose;

	SectionBlocks(SectionClassifier classifier, RoleMatcher roles, Cues cues, ProseCandidates prose) {
		this.classifier = classifier;
		this.roles = roles;
		this.cues = cues;
		this.prose = prose;
	}

	/**
	 * What a heading or introducing sentence says of the items under it, or null when it
	 * says nothing.
	 */
	Context contextOf(String what, String text, String lang) {
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

	/**
	 * Adds the candidates of the blocks from start on; returns the duties the last list
	 * was introduced as by a sentence whose subject is the role, or null.
	 */
	IntroducedDuties read(List<Block> blocks, int start, String heading, Context sectionContext,
			Set<String> sectionRoles, Set<String> subjects, String lang, List<Candidate> out) {
		IntroducedDuties duties = null;
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
						Set<String> sentenceSubjects = sentenceSubjects(subjects, sectionRoles);
						list = introduced(block, sentence, sectionContext, sentenceSubjects, lang);
						Set<String> named = roles.rolesNamed(sentence);
						listRoles = named.isEmpty() ? sectionRoles : named;
						if (sectionContext.kind() == null && list.kind() == SectionKind.RESPONSIBILITIES) {
							duties = new IntroducedDuties(list, listRoles);
						}
						// the sentences before the one introducing the list still say
						// duties
						// ("The PO owns the Product Backlog. The guide splits that
						// ownership
						// into four parts:")
						prose.addLeadingClauses(block, heading, sectionContext, sectionRoles, sentenceSubjects, lang,
								out);
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
						prose.add(blocks, i, heading, sectionContext, sectionRoles,
								sentenceSubjects(subjects, sectionRoles), lang, out);
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
		return duties;
	}

	/** The roles a sentence of the section may have as its subject. */
	private static Set<String> sentenceSubjects(Set<String> subjects, Set<String> sectionRoles) {
		Set<String> sentenceSubjects = new LinkedHashSet<>(subjects);
		sentenceSubjects.addAll(sectionRoles);
		return sentenceSubjects;
	}

	/**
	 * The context of a list an introducing sentence governs: the kind it says, else, when
	 * its section says none and its subject is the role ("In practice, a product
	 * designer:", "El Scrum Master ayuda al equipo de varias maneras:"), or the subject
	 * of the paragraph's opening sentence is ("The PO owns the Product Backlog. The guide
	 * splits that ownership into four parts:"), the role's duties, else its section's.
	 */
	private Context introduced(Block paragraph, String sentence, Context sectionContext, Set<String> subjects,
			String lang) {
		Context own = contextOf("introduced by", sentence, lang);
		if (own != null && own.kind() != SectionKind.DEFINITION) {
			return own;
		}
		if (sectionContext.kind() == null && !sectionContext.notDuties()
				&& prose.speaksOfARole(sentence, lang, subjects)) {
			return new Context(SectionKind.RESPONSIBILITIES,
					"introduced by '" + quote(sentence) + "', whose subject is the role", false);
		}
		String opening = Sentences.of(paragraph, lang).get(0).text();
		if (sectionContext.kind() == null && !sectionContext.notDuties() && !opening.equals(sentence)
				&& prose.speaksOfARole(opening, lang, subjects)) {
			return new Context(SectionKind.RESPONSIBILITIES,
					"introduced by '" + quote(sentence) + "' after '" + quote(opening) + "', whose subject is the role",
					false);
		}
		return new Context(sectionContext.kind(), sectionContext.cue() + ", introduced by '" + quote(sentence) + "'",
				sectionContext.notDuties());
	}

	/** Whether the paragraph's last sentence announces the list under it. */
	boolean introducesList(String paragraph, String lang) {
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

	static String quote(String text) {
		return text.length() <= MAX_CUE_QUOTE ? text : text.substring(0, MAX_CUE_QUOTE - 1) + "…";
	}

}
