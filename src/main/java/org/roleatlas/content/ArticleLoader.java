package org.roleatlas.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one article end to end with the taxonomy of an ingest run: parse, decide its subject roles, extract items
 * and facts. Plain Java, so every rule is unit-tested without Spring.
 */
public final class ArticleLoader implements AutoCloseable {

	private final RoleMatcher roles;

	private final ArticleParser parser;

	private final ItemExtractor items;

	private final FactExtractor facts;

	private final TextAnalyzers analyzers = new TextAnalyzers();

	public ArticleLoader(Taxonomy taxonomy) {
		this.roles = new RoleMatcher(taxonomy.roles());
		this.parser = new ArticleParser(taxonomy, roles);
		ConceptMatcher concepts = new ConceptMatcher(taxonomy.concepts(), analyzers);
		this.items = new ItemExtractor(taxonomy.phrases(), parser.classifier(), parser.languages(), concepts);
		this.facts = new FactExtractor(taxonomy.phrases(), roles, parser.languages());
	}

	public LoadedArticle load(String file, String text) {
		ParsedArticle parsed = parser.parse(file, text);
		List<Notice> warnings = new ArrayList<>(parsed.warnings());
		List<RoleEntry> newRoles = new ArrayList<>();
		Set<String> subjects = subjects(parsed, newRoles, warnings);
		String title = parsed.title() != null ? parsed.title() : titleFromRole(subjects, newRoles, file, parsed.lang());
		Set<String> mentioned = new LinkedHashSet<>();
		parsed.sections().forEach(s -> mentioned.addAll(roles.rolesNamed(s.heading())));
		parsed.blocks().forEach(b -> mentioned.addAll(roles.rolesNamed(b.text())));
		mentioned.removeAll(subjects);
		List<ExtractedItem> extracted = items.extract(parsed);
		if (subjects.isEmpty()) {
			warnings.add(NoticeCode.NO_ROLE_RESOLVED.with(extracted.size()));
		}
		return new LoadedArticle(parsed, title, text, subjects, mentioned, extracted, facts.extract(parsed, subjects),
				newRoles, warnings);
	}

	/** Front matter first; else the roles the title names; else the role the body names most. */
	private Set<String> subjects(ParsedArticle parsed, List<RoleEntry> newRoles, List<Notice> warnings) {
		Set<String> subjects = new LinkedHashSet<>();
		for (String entry : parsed.frontMatter().roles()) {
			Optional<String> known = roles.resolveEntry(entry);
			if (known.isPresent()) {
				subjects.add(known.get());
				continue;
			}
			String slug = slugify(entry);
			if (slug.isEmpty()) {
				warnings.add(NoticeCode.FRONT_MATTER_ROLE_UNUSABLE.with(entry));
				continue;
			}
			String title = parsed.title();
			String name = title != null && slugify(title).equals(slug) ? title : entry;
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

	private Optional<String> mostNamed(ParsedArticle parsed) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Block block : parsed.blocks()) {
			roles.find(block.text()).stream()
				.filter(RoleMatcher.Mention::resolved)
				.forEach(m -> counts.merge(m.slug(), 1, Integer::sum));
		}
		return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
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

	/** Lower-case words joined by hyphens; letters of any script are kept (a Korean role keeps its name). */
	public static String slugify(String text) {
		String decomposed = Normalizer.normalize(TextNormalizer.normalize(text), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "");
		return Normalizer.normalize(decomposed, Normalizer.Form.NFC)
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", "-")
			.replaceAll("^-+|-+$", "")
			.replaceAll("^(.{1,100}).*$", "$1");
	}

	@Override
	public void close() {
		analyzers.close();
	}

}
