package org.roleatlas.role;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.roleatlas.corpus.Concept;
import org.roleatlas.corpus.ContentVersions;
import org.roleatlas.corpus.PerContentVersion;
import org.roleatlas.corpus.Item;
import org.roleatlas.corpus.ItemKind;
import org.roleatlas.corpus.Role;
import org.roleatlas.corpus.RoleRepository;
import org.roleatlas.corpus.Salary;
import org.roleatlas.corpus.SalaryFigure;
import org.roleatlas.role.RoleViews.AliasView;
import org.roleatlas.role.RoleViews.CareerStepView;
import org.roleatlas.role.RoleViews.ConceptGroup;
import org.roleatlas.role.RoleViews.ConceptPage;
import org.roleatlas.role.RoleViews.ConceptRole;
import org.roleatlas.role.RoleViews.DefinitionView;
import org.roleatlas.role.RoleViews.ItemView;
import org.roleatlas.role.RoleViews.RelatedRole;
import org.roleatlas.role.RoleViews.RoleIndex;
import org.roleatlas.role.RoleViews.RoleLink;
import org.roleatlas.role.RoleViews.RoleProfile;
import org.roleatlas.role.RoleViews.RoleSummary;
import org.roleatlas.role.RoleViews.SalaryView;
import org.roleatlas.role.RoleViews.StatementView;
import org.roleatlas.taxonomy.Labels;
import org.roleatlas.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything about roles the pages and the API show, as view records built in one
 * read-only transaction.
 */
@Service
@Transactional(readOnly = true)
public class RoleService {

	private static final int MAX_RELATED = 6;

	private final RoleRepository roles;

	private final RoleQueries queries;

	private final RoleFigures figures;

	/**
	 * Role names change only with the content, and every search and article page asks for
	 * them: kept per content version and UI language.
	 */
	private final PerContentVersion<Map<String, Map<String, String>>> namesByLanguage;

	RoleService(RoleRepository roles, RoleQueries queries, RoleFigures figures, ContentVersions versions) {
		this.roles = roles;
		this.queries = queries;
		this.figures = figures;
		this.namesByLanguage = new PerContentVersion<>(versions, ConcurrentHashMap::new);
	}

	/** The role with this slug in any letter case, or a 404 for the user. */
	public Role require(String slug) {
		return roles.findBySlugIgnoreCase(slug)
			.orElseThrow(() -> new NotFoundException("error.role.notFound", "No role '" + slug + "'", slug));
	}

	public long articleCount() {
		return queries.articleCount();
	}

	/**
	 * Every role's name in the UI language, by slug: pages that list roles by slug show
	 * them by name.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public Map<String, String> names(Locale locale) {
		return namesByLanguage.get().computeIfAbsent(locale.getLanguage(), language -> {
			Map<String, String> names = new LinkedHashMap<>();
			roles.findAllByOrderBySlug().forEach(r -> names.put(r.getSlug(), r.name(locale)));
			return Collections.unmodifiableMap(names);
		});
	}

	public List<RoleSummary> list(Locale locale) {
		RoleFigures.Figures counted = figures.current();
		return roles.findAllByOrderBySlug().stream().map(role -> {
			Map<ItemKind, Integer> byKind = counted.items(role.getSlug());
			Map<String, String> names = new LinkedHashMap<>();
			names.put("en", role.getNameEn());
			// a role only the articles name has no Korean name: the key is left out
			if (role.getNameKo() != null) {
				names.put("ko", role.getNameKo());
			}
			return new RoleSummary(role.getSlug(), role.name(locale), otherName(role, locale), names, aliases(role),
					counted.sources(role.getSlug()), byKind.getOrDefault(ItemKind.RESPONSIBILITY, 0),
					byKind.getOrDefault(ItemKind.SKILL, 0));
		})
			.sorted(Comparator.comparingInt(RoleSummary::articles)
				.reversed()
				.thenComparing(Comparator.comparingInt((RoleSummary r) -> r.responsibilities() + r.skills()).reversed())
				.thenComparing(RoleSummary::slug))
			.toList();
	}

	public RoleIndex index(Locale locale) {
		List<RoleSummary> all = list(locale);
		Map<Boolean, List<RoleSummary>> bySources = all.stream()
			.collect(Collectors.partitioningBy(role -> role.articles() > 0));
		return new RoleIndex(all, bySources.get(true), bySources.get(false));
	}

	/**
	 * The profile of the role with this slug in any letter case; its {@code slug} is the
	 * canonical one.
	 */
	public RoleProfile profile(String requestedSlug, Locale locale) {
		Role role = require(requestedSlug);
		String slug = role.getSlug();
		List<Sourced<Item>> items = queries.items(slug);
		Map<String, Concept> concepts = new LinkedHashMap<>();
		items.forEach(i -> i.row().getConcepts().forEach(c -> concepts.putIfAbsent(c.getId(), c)));
		List<StatementView> statements = queries.statements(slug)
			.stream()
			.map(s -> new StatementView(s.row().getText(), s.row().getLang(), s.file(), s.row().getLine(),
					links(s.row().getRoles(), locale)))
			.toList();
		List<SalaryView> salaries = queries.salaries(slug).stream().map(RoleService::salaryView).toList();
		return new RoleProfile(role.getSlug(), role.name(locale), otherName(role, locale), aliases(role),
				queries.definitions(slug)
					.stream()
					.map(d -> new DefinitionView(d.row().getText(), d.row().getLang(), d.file(), d.row().getLine()))
					.toList(),
				groups(items, ItemKind.RESPONSIBILITY, concepts, locale),
				groups(items, ItemKind.SKILL, concepts, locale),
				items.stream().filter(i -> i.row().getKind() == ItemKind.METRIC).map(RoleService::itemView).toList(),
				SalaryCharts.of(salaries), salaries,
				queries.reportsTo(slug).stream().map(r -> link(r, locale)).distinct().toList(),
				queries.careerSteps(slug)
					.stream()
					.map(c -> new CareerStepView(c.row().getTitle(),
							c.row().getStepRole() == null ? null : link(c.row().getStepRole(), locale), c.file(),
							c.row().getLine()))
					.toList(),
				statements, related(role, statements, locale), List.copyOf(new TreeSet<>(queries.sourceFiles(slug))),
				queries.mentioningFiles(slug),
				queries.linesReportingTo(slug).stream().map(l -> link(l.getRole(), locale)).distinct().toList());
	}

	public ConceptPage concept(String id, Locale locale) {
		Concept concept = queries.concept(id)
			.orElseThrow(() -> new NotFoundException("error.concept.notFound", "No concept '" + id + "'", id));
		Map<Role, List<Sourced<Item>>> byRole = new LinkedHashMap<>();
		for (Sourced<Item> item : queries.conceptItems(id)) {
			item.row().getRoles().forEach(role -> byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(item));
		}
		List<ConceptRole> rows = byRole.entrySet()
			.stream()
			.map(e -> new ConceptRole(link(e.getKey(), locale),
					e.getValue().stream().map(RoleService::itemView).toList(),
					(int) e.getValue().stream().map(Sourced::file).distinct().count()))
			.sorted(Comparator.comparingInt(ConceptRole::sources)
				.reversed()
				.thenComparing(Comparator.comparingInt((ConceptRole r) -> r.items().size()).reversed())
				.thenComparing(r -> r.role().slug()))
			.toList();
		String other = Labels.otherLabel(locale, concept.getLabelEn(), concept.getLabelKo());
		return new ConceptPage(concept.getId(), concept.label(locale), other, rows);
	}

	/**
	 * Roles whose items share concepts with this role's, or that the statements about it
	 * compare it with: the concepts of every role are counted once per content version
	 * ({@link RoleFigures}).
	 */
	private List<RelatedRole> related(Role role, List<StatementView> statements, Locale locale) {
		RoleFigures.Figures counted = figures.current();
		Set<String> compared = statements.stream()
			.flatMap(s -> s.roles().stream())
			.map(RoleLink::slug)
			.filter(s -> !s.equals(role.getSlug()))
			.collect(Collectors.toSet());
		List<RelatedRole> related = new ArrayList<>();
		for (Role other : roles.findAllByOrderBySlug()) {
			int concepts = other.getSlug().equals(role.getSlug()) ? 0
					: counted.sharedConcepts(role.getSlug(), other.getSlug());
			if (concepts > 0 || compared.contains(other.getSlug())) {
				related.add(new RelatedRole(link(other, locale), concepts, compared.contains(other.getSlug())));
			}
		}
		related.sort(Comparator.comparing(RelatedRole::comparedInSources)
			.reversed()
			.thenComparing(Comparator.comparingInt(RelatedRole::sharedConcepts).reversed())
			.thenComparing(r -> r.role().slug()));
		return related.stream().limit(MAX_RELATED).toList();
	}

	/**
	 * Items of one kind grouped by concept, most items first; an item of two concepts is
	 * under both.
	 */
	private static List<ConceptGroup> groups(List<Sourced<Item>> items, ItemKind kind, Map<String, Concept> concepts,
			Locale locale) {
		Map<String, List<ItemView>> byConcept = new LinkedHashMap<>();
		List<ItemView> uncategorised = new ArrayList<>();
		for (Sourced<Item> sourced : items) {
			Item item = sourced.row();
			if (item.getKind() != kind) {
				continue;
			}
			ItemView view = itemView(sourced);
			if (item.getConcepts().isEmpty()) {
				uncategorised.add(view);
			}
			item.getConcepts().forEach(c -> byConcept.computeIfAbsent(c.getId(), id -> new ArrayList<>()).add(view));
		}
		List<ConceptGroup> groups = new ArrayList<>();
		byConcept.forEach((id, views) -> groups.add(new ConceptGroup(id, concepts.get(id).label(locale), views)));
		groups.sort(Comparator.comparingInt((ConceptGroup g) -> g.items().size())
			.reversed()
			.thenComparing(ConceptGroup::label));
		if (!uncategorised.isEmpty()) {
			groups.add(new ConceptGroup(null, null, uncategorised));
		}
		return groups;
	}

	static ItemView itemView(Sourced<Item> sourced) {
		Item item = sourced.row();
		return new ItemView(item.getKind().label(), item.getText(), item.getDescription(), item.getLang(),
				item.getConcepts().stream().map(Concept::getId).sorted().toList(), sourced.file(), item.getSection(),
				item.getLine());
	}

	private static SalaryView salaryView(Sourced<Salary> salary) {
		SalaryFigure f = salary.row().figure();
		return new SalaryView(f.source(), f.type().label(), f.currency(), f.min(), f.max(), f.average(), f.period(),
				f.country(), salary.file(), f.line());
	}

	private static List<AliasView> aliases(Role role) {
		return role.getAliases().stream().map(a -> new AliasView(a.label(), a.lang())).toList();
	}

	private static String otherName(Role role, Locale locale) {
		String other = Labels.otherLabel(locale, role.getNameEn(), role.getNameKo());
		return Objects.equals(other, role.name(locale)) ? null : other;
	}

	static RoleLink link(Role role, Locale locale) {
		return new RoleLink(role.getSlug(), role.name(locale));
	}

	private static List<RoleLink> links(Set<Role> roles, Locale locale) {
		return roles.stream().map(r -> link(r, locale)).sorted(Comparator.comparing(RoleLink::slug)).toList();
	}

}
