package org.roleatlas.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.ingest.Block.Type;
import org.roleatlas.ingest.Candidate.Context;
import org.roleatlas.ingest.Candidate.Shape;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy.Cues;

/**
 * The candidates of a prose paragraph: the duty clauses of its sentences about a role
 * ({@link ProseClauses}), the lists written inside its sentences
 * ({@link InlineEnumerations}), and, in a run of paragraphs under a heading of duties or
 * skills that each open with a short sentence ("Talk to customers. At least three calls a
 * week …"), that run-in head, the rest of its paragraph its description.
 */
final class ProseCandidates {

	/** A short first sentence and the rest of its paragraph. */
	private static final Pattern RUN_IN_HEAD = Pattern.compile("^([^.!?。！？:]{3,60}[.!。！])\\s+(\\S.*)$");

	private static final int MAX_HEAD_WORDS = 7;

	/** A label ending in a colon at the start of a paragraph: "Also called:". */
	private static final Pattern LABEL = Pattern.compile("^[*_\\s]*([^:：.!?。]{1,40})[:：]");

	private final ProseClauses clauses;

	private final InlineEnumerations enumerations;

	private final Cues cues;

	ProseCandidates(ProseClauses clauses, InlineEnumerations enumerations, Cues cues) {
		this.clauses = clauses;
		this.enumerations = enumerations;
		this.cues = cues;
	}

	/**
	 * Whether the sentence's subject is one of the roles (any role when none is given) or
	 * a pronoun for it.
	 */
	boolean speaksOfARole(String sentence, String lang, Set<String> subjects) {
		return clauses.speaksOfARole(sentence, lang, subjects);
	}

	/** Adds the candidates of the paragraph at index i of the blocks. */
	void add(List<Block> blocks, int i, String heading, Context context, Set<String> sectionRoles, Set<String> subjects,
			String lang, List<Candidate> out) {
		Block block = blocks.get(i);
		boolean itemContext = context.kind() == SectionKind.RESPONSIBILITIES || context.kind() == SectionKind.SKILLS;
		Matcher head = RUN_IN_HEAD.matcher(block.text());
		if (itemContext && head.matches() && words(head.group(1)) <= MAX_HEAD_WORDS
				&& (hasRunInHead(blocks, i - 1) || hasRunInHead(blocks, i + 1))) {
			out.add(new Candidate(Shape.HEADING, head.group(1), head.group(2), block.line(), heading, context,
					sectionRoles));
		}
		addClauses(Sentences.of(block, lang), heading, context, sectionRoles, subjects, lang, out);
		List<InlineEnumerations.Part> parts = labelledNotDuties(block.text(), lang) ? List.of()
				: context.kind() == SectionKind.RESPONSIBILITIES ? enumerations.find(block.text())
						: context.kind() == SectionKind.SKILLS ? enumerations.listedSkills(block.text()) : List.of();
		for (InlineEnumerations.Part part : parts) {
			out.add(new Candidate(Shape.ENUMERATION, part.text(), null, block.lineAt(part.offset()), heading, context,
					sectionRoles));
		}
	}

	/**
	 * Adds the clauses of the sentences of a paragraph whose last sentence introduces a
	 * list, that one left out.
	 */
	void addLeadingClauses(Block block, String heading, Context context, Set<String> sectionRoles, Set<String> subjects,
			String lang, List<Candidate> out) {
		List<Sentences.Sentence> sentences = Sentences.of(block, lang);
		addClauses(sentences.subList(0, Math.max(0, sentences.size() - 1)), heading, context, sectionRoles, subjects,
				lang, out);
	}

	private void addClauses(List<Sentences.Sentence> sentences, String heading, Context context,
			Set<String> sectionRoles, Set<String> subjects, String lang, List<Candidate> out) {
		// the roles the sentence before spoke of, for one that goes on without a subject
		Set<String> carried = null;
		for (Sentences.Sentence sentence : sentences) {
			List<ProseClauses.Clause> found = clauses.of(sentence.text(), lang, subjects);
			if (found.isEmpty() && carried != null) {
				found = clauses.continuing(sentence.text(), lang, carried);
			}
			carried = found.isEmpty() ? null : found.get(0).roles();
			for (ProseClauses.Clause clause : found) {
				Set<String> clauseRoles = clause.roles().isEmpty() ? sectionRoles : clause.roles();
				out.add(new Candidate(Shape.PROSE_CLAUSE, clause.text(), null, sentence.line(), heading, context,
						clauseRoles));
			}
		}
	}

	/**
	 * Whether the paragraph opens with a label that says its list is no duties or skills
	 * ("**Also called:** Adaptive Skills Educator, …").
	 */
	private boolean labelledNotDuties(String text, String lang) {
		Matcher label = LABEL.matcher(text);
		return label.find()
				&& PhraseMatch.containsAny(PhraseMatch.fold(label.group(1)), Cues.in(cues.nonDutyHeadings(), lang));
	}

	private static boolean hasRunInHead(List<Block> blocks, int i) {
		if (i < 0 || i >= blocks.size() || blocks.get(i).type() != Type.PARAGRAPH) {
			return false;
		}
		Matcher head = RUN_IN_HEAD.matcher(blocks.get(i).text());
		return head.matches() && words(head.group(1)) <= MAX_HEAD_WORDS;
	}

	private static int words(String text) {
		return text.strip().split("\\s+").length;
	}

}
