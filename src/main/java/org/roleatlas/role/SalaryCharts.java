package org.roleatlas.role;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.roleatlas.corpus.Salary;
import org.roleatlas.role.RoleViews.SalaryBar;
import org.roleatlas.role.RoleViews.SalaryChart;
import org.roleatlas.role.RoleViews.SalaryView;

/**
 * One chart per kind of pay, currency and period; bars span min–max with a mark at the
 * average.
 */
final class SalaryCharts {

	private static final int BAR_HEIGHT = 28;

	private SalaryCharts() {
	}

	static List<SalaryChart> of(List<SalaryView> salaries) {
		Map<String, List<SalaryView>> byScale = salaries.stream()
			.collect(Collectors.groupingBy(s -> pay(s) + "/" + s.currency() + "/" + s.period(), LinkedHashMap::new,
					Collectors.toList()));
		List<SalaryChart> charts = new ArrayList<>();
		byScale.forEach((key, group) -> {
			BigDecimal max = group.stream()
				.flatMap(s -> Stream.of(s.min(), s.max(), s.average()))
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElse(BigDecimal.ONE);
			List<SalaryBar> bars = new ArrayList<>();
			for (SalaryView s : group) {
				BigDecimal from = s.min() != null ? s.min() : s.average() != null ? s.average() : s.max();
				BigDecimal to = s.max() != null ? s.max() : s.average() != null ? s.average() : s.min();
				bars.add(new SalaryBar(s, percent(from, max), percent(to, max),
						s.average() == null ? null : percent(s.average(), max), bars.size() * BAR_HEIGHT));
			}
			charts.add(new SalaryChart(pay(group.get(0)), group.get(0).currency(), group.get(0).period(), max, bars,
					bars.size() * BAR_HEIGHT));
		});
		return charts;
	}

	private static String pay(SalaryView salary) {
		return Salary.Type.SALARY.label().equals(salary.type()) ? "salary" : "extras";
	}

	private static double percent(BigDecimal value, BigDecimal max) {
		return value.doubleValue() * 100 / max.doubleValue();
	}

}
