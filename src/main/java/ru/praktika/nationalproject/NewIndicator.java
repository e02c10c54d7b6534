package ru.praktika.nationalproject;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A new indicator or result.
 *
 * @param kind {@code INDICATOR} (показатель) or {@code RESULT} (результат)
 * @param name its name
 * @param unit unit of measure (ОКЕИ name: процент, единица, человек…)
 * @param baseValue base value
 * @param baseYear year of the base value
 * @param values target and actual values by year
 */
public record NewIndicator(
        @Pattern(regexp = "INDICATOR|RESULT", message = "Вид: INDICATOR (показатель) или RESULT (результат)")
        String kind,

        @NotBlank(message = "Укажите наименование показателя") @Size(max = 500)
        String name,

        @NotBlank(message = "Укажите единицу измерения") @Size(max = 100)
        String unit,

        BigDecimal baseValue,
        Integer baseYear,
        @Valid List<IndicatorView.Value> values) {}
