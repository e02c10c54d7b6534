package ru.praktika.practice;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The repeatable rows of a card, used both in what is sent and in what is shown. */
public final class PracticeParts {

    private PracticeParts() {}

    /**
     * Money from one source.
     *
     * @param source FEDERAL, REGIONAL, LOCAL or EXTRA_BUDGETARY
     * @param amountRub roubles
     */
    public record FinancingRow(FinancingSource source, BigDecimal amountRub) {}

    /**
     * A result with numbers.
     *
     * @param indicator what is measured
     * @param unit unit of measure
     * @param baseValue value before the practice
     * @param baseYear year of the base value
     * @param targetValue the target
     * @param actualValue the value reached
     * @param actualYear year of the actual value
     */
    public record ResultRow(
            String indicator,
            String unit,
            BigDecimal baseValue,
            Integer baseYear,
            BigDecimal targetValue,
            BigDecimal actualValue,
            Integer actualYear) {}

    /**
     * A municipal legal act.
     *
     * @param type e.g. постановление, решение
     * @param number its number
     * @param date its date
     * @param title its title
     */
    public record LegalActRow(String type, String number, LocalDate date, String title) {}

    /**
     * A link to the national-project tree. Names are filled when shown and ignored when sent.
     *
     * @param nationalProject code, e.g. NP19-04
     * @param federalProject code, e.g. NP19-04-FP03
     * @param regionalProject id of the region's regional project
     * @param indicator id of an indicator or result of that federal or regional project
     * @param contribution the expected contribution, in words and numbers
     * @param nationalProjectName name (shown)
     * @param federalProjectName name (shown)
     * @param regionalProjectName name (shown)
     * @param indicatorName name (shown)
     */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
    public record LinkRow(
            String nationalProject,
            String federalProject,
            Long regionalProject,
            Long indicator,
            String contribution,
            String nationalProjectName,
            String federalProjectName,
            String regionalProjectName,
            String indicatorName) {

        /** The same link with another contribution (names are shared between practices). */
        public LinkRow withContribution(String text) {
            return new LinkRow(
                    nationalProject,
                    federalProject,
                    regionalProject,
                    indicator,
                    text,
                    nationalProjectName,
                    federalProjectName,
                    regionalProjectName,
                    indicatorName);
        }

        public static LinkRow of(
                String nationalProject,
                String federalProject,
                Long regionalProject,
                Long indicator,
                String contribution) {
            return new LinkRow(
                    nationalProject, federalProject, regionalProject, indicator, contribution, null, null, null, null);
        }
    }
}
