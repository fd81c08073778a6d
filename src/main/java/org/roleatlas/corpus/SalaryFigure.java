package org.roleatlas.corpus;

import java.math.BigDecimal;

/**
 * A pay figure as read from a sentence; amounts may be missing (a line can give only an
 * average).
 */
public record SalaryFigure(String source, Salary.Type type, String currency, BigDecimal min, BigDecimal max,
		BigDecimal average, String period, String country, int line) {
}
