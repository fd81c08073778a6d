package org.roleatlas.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.roleatlas.corpus.Notice;
import org.roleatlas.corpus.NoticeCode;
import org.roleatlas.taxonomy.ConceptMatcher;
import org.roleatlas.taxonomy.RoleEntry;
import org.roleatlas.taxonomy.RoleMatcher;
import org.roleatlas.taxonomy.Taxonomy;
import org.roleatlas.taxonomy.TextAnalyzers;
import org.roleatlas.taxonomy.TextNormalizer;
import org.roleatlas.web.AtlasProperties.Limits;

/**
 * Reads one article end to end with the taxonomy of an ingest run: parse, decide its
 * subject roles, extract items and facts. Plain Java, so every rule is unit-tested
 * without Spring.
 */
final class ArticleLoader implements AutoCloseable {

	/**
	 * Sentences outside item lists that must name a role before the body makes it the
	 * subject: one sentence is a passing reference ("working with developers", "Also
	 * called: Developer, Film Developer"), not what the article is about. Sentences, not
	 * mentions, are counted, so that one list-like sentence counts once.
	 */
	static final int MIN_SUBJECT_SENTENCES = 2;

	/**
	 * How many times more sentences must name the subject than the next role: an article
	 * that names two roles about as often is about neither in particular, so it is better
	 * left without a subject than given a wrong one.
	 */
	static final int SUBJECT_LEAD_FACTOR = 2;

	/** Items a section must give a role before the article is about that role too. */
	static final int MIN_ITEMS_OF_A_COVERED_ROLE = 2;

	private final RoleMatcher roles;

	private final ArticleParser parser;

	private final ItemExtractor items;

	private final FactExtractor facts;

	private final TextAnalyzers analyzers = new TextAnalyzers();

	public ArticleLoader(Taxonomy taxonomy) {
		this(taxonomy, Limits.DEFAULTS);
	}

	public ArticleLoader(Taxonomy taxonomy, Limits limits) {
		this.roles = new RoleMatcher(taxonomy.roles());
		this.parser = new ArticleParser(taxonomy, roles, limits);
		ConceptMatcher concepts = new ConceptMatcher(taxonomy.concepts(), analyzers);
		this.items = new ItemExtractor(taxonomy, parser.classifier(), roles, parser.languages(), concepts);
		this.facts = new FactExtractor(taxonomy.phrases(), roles, parser.languages());
	}

	public LoadedArticle load(String file, String text) {
		ParsedArticle parsed = parser.parse(file, text);
		List<Notice> warnings = new ArrayList<>(parsed.warnings());
		List<RoleEntry> newRoles = new ArrayList<>();
		Set<String> named = rolesNamed(parsed);
		Set<String> subjects = subjects(parsed, named, newRoles, warnings);
		ItemExtractor.Extraction extraction = items.extract(parsed, Set.copyOf(subjects));
		subjects.addAll(rolesWithItems(extraction.items()));
		String title = parsed.title() != null ? parsed.title() : titleFromRole(subjects, newRoles, file, parsed.lang());
		Set<String> mentioned = new LinkedHashSet<>(named);
		mentioned.removeAll(subjects);
		if (subjects.isEmpty()) {
			warnings.add(NoticeCode.NO_ROLE_RESOLVED.with(extraction.items().size()));
		}
		return new LoadedArticle(parsed, title, text, subjects, mentioned, extraction.items(), extraction.decisions(),
				facts.extract(parsed, subjects), newRoles, warnings);
	}

	/**
	 * The roles sections of items are about ("Ses missions" under "Le chef de projet"):
	 * an article on one role that also covers a second is about both. A role given one
	 * item only is named in passing.
	 */
	private static Set<String> rolesWithItems(List<ExtractedItem> extracted) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		extracted.forEach(item -> item.roles().forEach(role -> counts.merge(role, 1, Integer::sum)));
		Set<String> covered = new LinkedHashSet<>();
		counts.forEach((role, count) -> {
			if (count >= MIN_ITEMS_OF_A_COVERED_ROLE) {
				covered.add(role);
			}
		});
		return covered;
	}

	/**
	 * Every role the title, headings and blocks name, ambiguous names resolved where
	 * their sentence allows.
	 */
	private Set<String> rolesNamed(ParsedArticle parsed) {
		Set<String> named = new LinkedHashSet<>();
		if (parsed.title() != null) {
			named.addAll(roles.rolesNamed(parsed.title()));
		}
		parsed.sections().forEach(s -> named.addAll(roles.rolesNamed(s.heading())));
		parsed.blocks().forEach(b -> named.addAll(roles.rolesNamed(b.text())));
		return named;
	}

	/**
	 * Front matter first; else the roles the title names; else the role the body names
	 * most.
	 */
	private Set<String> subjects(ParsedArticle parsed, Set<String> named, List<RoleEntry> newRoles,
			List<Notice> warnings) {
		Set<String> subjects = new LinkedHashSet<>();
		for (String entry : parsed.frontMatter().roles()) {
			Set<String> candidates = roles.entryCandidates(entry);
			if (!candidates.isEmpty()) {
				resolveEntry(entry, candidates, named, warnings).ifPresent(subjects::add);
				continue;
			}
			String slug = TextNormalizer.slugify(entry);
			if (slug.isEmpty()) {
				warnings.add(NoticeCode.FRONT_MATTER_ROLE_UNUSABLE.with(entry));
				continue;
			}
			String title = parsed.title();
			String name = title != null && TextNormalizer.slugify(title).equals(slug) ? title : entry;
			newRoles.add(new RoleEntry(slug, name, null, List.of()));
			subjects.add(slug);
			warnings.add(NoticeCode.FRONT_MATTER_ROLE_CREATED.with(entry, slug));
		}
		if (subjects.isEmpty() && parsed.title() != null) {
			subjects.addAll(roles.rolesNamed(parsed.title()));
		}
		if (subjects.isEmpty()) {
			mostNamed(parsed).ifPresent(subjects::add);
		}
		return subjects;
	}

	/**
	 * An ambiguous entry ("PM") is the one candidate the article itself names
	 * unambiguously, as an ambiguous alias in a sentence is; a known name never becomes a
	 * new role, even when it stays unresolved.
	 */
	private static Optional<String> resolveEntry(String entry, Set<String> candidates, Set<String> named,
			List<Notice> warnings) {
		Set<String> inArticle = new LinkedHashSet<>(candidates);
		if (candidates.size() > 1) {
			inArticle.retainAll(named);
		}
		if (inArticle.size() == 1) {
			return Optional.of(inArticle.iterator().next());
		}
		warnings.add(NoticeCode.FRONT_MATTER_ROLE_AMBIGUOUS.with(entry, String.join(", ", candidates)));
		return Optional.empty();
	}

	/**
	 * The role named in most sentences outside item lists, if that is often enough and
	 * clearly more than any other; items are left out because a list of tasks names the
	 * people one works with, not the role it describes.
	 */
	private Optional<String> mostNamed(ParsedArticle parsed) {
		Map<String, Integer> sentencesNaming = new LinkedHashMap<>();
		List<String> sentences = new ArrayList<>();
		parsed.sections().forEach(s -> sentences.add(s.heading()));
		parsed.blocks()
			.stream()
			.filter(b -> b.type() != Block.Type.LIST_ITEM)
			.forEach(b -> Sentences.of(b, parsed.lang()).forEach(s -> sentences.add(s.text())));
		for (String sentence : sentences) {
			roles.rolesNamed(sentence).forEach(slug -> sentencesNaming.merge(slug, 1, Integer::sum));
		}
		List<Map.Entry<String, Integer>> ranked = sentencesNaming.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.toList();
		if (ranked.isEmpty() || ranked.get(0).getValue() < MIN_SUBJECT_SENTENCES) {
			return Optional.empty();
		}
		int runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
		return ranked.get(0).getValue() >= SUBJECT_LEAD_FACTOR * runnerUp ? Optional.of(ranked.get(0).getKey())
				: Optional.empty();
	}

	private String titleFromRole(Set<String> subjects, List<RoleEntry> newRoles, String file, String lang) {
		for (String slug : subjects) {
			Optional<RoleEntry> role = roles.role(slug)
				.or(() -> newRoles.stream().filter(r -> r.slug().equals(slug)).findFirst());
			if (role.isPresent()) {
				return role.get().nameIn(lang);
			}
		}
		String name = file.substring(file.lastIndexOf('/') + 1);
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	@Override
	public void close() {
		analyzers.close();
	}

}
