package org.roleatlas.ingest;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roleatlas.ingest.Block.Type;
import org.roleatlas.ingest.Candidate.Context;
import org.roleatlas.ingest.Candidate.Shape;
import org.roleatlas.taxonomy.PhraseMatch;
import org.roleatlas.taxonomy.SectionKind;
import org.roleatlas.taxonomy.Taxonomy.Cues;
import org.roleatlas.taxonomy.TextNormalizer;

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

	/** A short phrase opening a paragraph up to its first comma: "至于能力，". */
	private static final Pattern LEAD = Pattern.compile("^([^,，、.!?。！？:：;；]{2,40})[,，、]\\s*");

	private static final int MAX_TOPIC_WORDS = 6;

	/** The kinds a paragraph may name as its topic: those of items. */
	private static final Set<SectionKind> ITEM_KINDS = Set.of(SectionKind.RESPONSIBILITIES, SectionKind.SKILLS,
			SectionKind.METRICS);

	/** The context a paragraph's opening phrase gives it, and where its text goes on. */
	private record Topic(Context context, int end) {
	}

	private final ProseClauses clauses;

	private final InlineEnumerations enumerations;

	private final Cues cues;

	private final SectionClassifier classifier;

	ProseCandidates(ProseClauses clauses, InlineEnumerations enumerations, Cues cues, SectionClassifier classifier) {
		this.clauses = clauses;
		this.enumerations = enumerations;
		this.cues = cues;
		this.classifier = classifier;
	}

	/**
	 * Whether the sentence's subject is one of the roles (any role when none is given) or
	 * a pronoun for it.
	 */
	boolean speaksOfARole(String sentence, String lang, Set<String> subjects) {
		return clauses.speaksOfARole(sentence, lang, subjects);
	}

	/**
	 * Adds the candidates of the paragraph at index i of the blocks, under the context of
	 * its section or the topic its opening phrase names.
	 */
	void add(List<Block> blocks, int i, String heading, Context sectionContext, Set<String> sectionRoles,
			Set<String> subjects, String lang, List<Candidate> out) {
		Block block = blocks.get(i);
		Topic topic = topicOf(block.text(), lang);
		Context context = topic == null ? sectionContext : topic.context();
		boolean itemContext = context.kind() == SectionKind.RESPONSIBILITIES || context.kind() == SectionKind.SKILLS;
		Matcher head = RUN_IN_HEAD.matcher(block.text());
		if (itemContext && head.matches() && TextNormalizer.wordCount(head.group(1)) <= MAX_HEAD_WORDS
				&& (hasRunInHead(blocks, i - 1) || hasRunInHead(blocks, i + 1))) {
			out.add(new Candidate(Shape.HEADING, head.group(1), head.group(2), block.line(), heading, context,
					sectionRoles));
		}
		addClauses(Sentences.of(block, lang), heading, context, sectionRoles, subjects, lang, out);
		List<InlineEnumerations.Part> parts = labelledNotDuties(block.text(), lang) ? List.of()
				: context.kind() == SectionKind.RESPONSIBILITIES ? enumerations.find(block.text())
						: context.kind() == SectionKind.SKILLS ? enumerations.listedSkills(block.text()) : List.of();
		// the topic's own phrase is no part of what it introduces
		int from = topic == null ? 0 : topic.end();
		for (InlineEnumerations.Part part : parts) {
			if (part.offset() >= from) {
				out.add(new Candidate(Shape.ENUMERATION, part.text(), null, block.lineAt(part.offset()), heading,
						context, sectionRoles));
			}
		}
	}

	/**
	 * The topic a paragraph names with its opening phrase ("至于能力，PO最需要的是…", "As for
	 * skills, …"), when that phrase names a kind of items; null otherwise.
	 */
	private Topic topicOf(String text, String lang) {
		Matcher lead = LEAD.matcher(text);
		if (!lead.find() || TextNormalizer.wordCount(lead.group(1)) > MAX_TOPIC_WORDS) {
			return null;
		}
		String folded = PhraseMatch.fold(lead.group(1));
		boolean opener = Cues.in(cues.topicOpeners(), lang)
			.stream()
			.anyMatch(phrase -> PhraseMatch.opens(folded, phrase));
		Optional<SectionKind> kind = opener ? classifier.classify(lead.group(1)) : Optional.empty();
		return kind.filter(ITEM_KINDS::contains)
			.map(k -> new Topic(new Context(k, "topic '" + SectionBlocks.quote(lead.group(1)) + "'", false),
					lead.end()))
			.orElse(null);
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
		return head.matches() && TextNormalizer.wordCount(head.group(1)) <= MAX_HEAD_WORDS;
	}

}
