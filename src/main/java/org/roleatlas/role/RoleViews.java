package org.roleatlas.role;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Nullable;

/** View records of roles for pages and JSON; templates and the API never see entities. */
public final class RoleViews {

	/**
	 * Items a page shows of one concept (a role page's concept group, a role's row of a
	 * concept page, a role's cell of a compare row) before it links to the rest, and the
	 * size of a page of the rest: pages stay bounded however much the sources say.
	 */
	public static final int ITEMS_SHOWN = 50;

	private RoleViews() {
	}

	/** A role on the index: names, aliases and how much the sources say about it. */
	public record RoleSummary(String slug, String name, @Nullable String otherName, Map<String, String> names,
			List<AliasView> aliases, int articles, int responsibilities, int skills) {
	}

	/**
	 * The roles of the home page: all of them, as {@link RoleService#list} orders them,
	 * and split into those some source is about or defines and those the sources only
	 * name.
	 */
	public record RoleIndex(List<RoleSummary> all, List<RoleSummary> described, List<RoleSummary> other) {
	}

	public record AliasView(String label, @Nullable String lang) {
	}

	public record RoleLink(String slug, String name) {
	}

	public record DefinitionView(String text, String lang, String file, int line) {
	}

	/** An item in its original language, citing its source line. */
	public record ItemView(String kind, String text, @Nullable String description, String lang, List<String> concepts,
			String file, String section, int line) {
	}

	/**
	 * Items that map to one concept; {@code concept} is null for items that map to none.
	 */
	public record ConceptGroup(String concept, String label, List<ItemView> items) {

		public List<ItemView> shown() {
			return firstShown(items);
		}

	}

	/** The first {@value #ITEMS_SHOWN} of a concept's items, the ones a page shows. */
	public static <T> List<T> firstShown(List<T> items) {
		return items.subList(0, Math.min(ITEMS_SHOWN, items.size()));
	}

	/**
	 * One page of a role's items in one concept.
	 *
	 * @param concept the concept's id, or null for the items of no concept
	 * @param kind the item kind's label, or null for every kind
	 * @param total the items on every page
	 */
	public record ItemPage(RoleLink role, @Nullable String concept, @Nullable String conceptLabel,
			@Nullable String kind, List<ItemView> items, int page, int total) {

		public int pages() {
			return (total + ITEMS_SHOWN - 1) / ITEMS_SHOWN;
		}

		public boolean hasPrevious() {
			return page > 0;
		}

		public boolean hasNext() {
			return page + 1 < pages();
		}

	}

	public record SalaryView(@Nullable String source, String type, String currency, @Nullable BigDecimal min,
			@Nullable BigDecimal max, @Nullable BigDecimal average, String period, @Nullable String country,
			String file, int line) {
	}

	/** A bar of the salary chart, in percent of the chart's width. */
	public record SalaryBar(SalaryView salary, double from, double to, Double average, int y) {
	}

	/**
	 * Bars on one scale; {@code pay} is "salary" or "extras" (bonus and profit sharing,
	 * charted apart).
	 */
	public record SalaryChart(String pay, String currency, String period, BigDecimal scaleMax, List<SalaryBar> bars,
			int height) {
	}

	public record CareerStepView(String title, @Nullable RoleLink role, String file, int line) {
	}

	public record StatementView(String text, String lang, String file, int line, List<RoleLink> roles) {
	}

	/** A role that shares concepts with this one or is compared with it in a source. */
	public record RelatedRole(RoleLink role, int sharedConcepts, boolean comparedInSources) {
	}

	public record RoleProfile(String slug, String name, String otherName, List<AliasView> aliases,
			List<DefinitionView> definitions, List<ConceptGroup> responsibilityGroups, List<ConceptGroup> skillGroups,
			List<ItemView> metrics, List<SalaryChart> salaryCharts, List<SalaryView> salaries, List<RoleLink> reportsTo,
			List<CareerStepView> careerPath, List<StatementView> statements, List<RelatedRole> related,
			List<String> sources, List<String> mentionedIn, List<RoleLink> reportedBy) {

		public boolean hasItems() {
			return !responsibilityGroups.isEmpty() || !skillGroups.isEmpty() || !metrics.isEmpty();
		}

		public List<ItemView> responsibilities() {
			return flatten(responsibilityGroups);
		}

		public List<ItemView> skills() {
			return flatten(skillGroups);
		}

		private static List<ItemView> flatten(List<ConceptGroup> groups) {
			return groups.stream().flatMap(g -> g.items().stream()).distinct().toList();
		}

	}

	/** Who does this? The items of one concept, per role, most-cited roles first. */
	public record ConceptPage(String id, String label, String otherLabel, List<ConceptRole> roles) {
	}

	public record ConceptRole(RoleLink role, List<ItemView> items, int sources) {

		public List<ItemView> shown() {
			return firstShown(items);
		}

	}

}
