package ru.praktika.nationalproject;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator (показатель) or result (результат) with its values by year.
 *
 * @param id its id
 * @param kind {@code INDICATOR} or {@code RESULT}
 * @param name its name
 * @param unit unit of measure (ОКЕИ name)
 * @param baseValue base value
 * @param baseYear year of the base value
 * @param values target and actual values by year
 */
public record IndicatorView(
        long id, String kind, String name, String unit, BigDecimal baseValue, Integer baseYear, List<Value> values) {

    /**
     * @param year the year
     * @param target the target value
     * @param actual the actual value, once known
     */
    public record Value(int year, BigDecimal target, BigDecimal actual) {}
}
