package ru.praktika.partnership.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import ru.praktika.partnership.ProgrammeView;

/**
 * The KPI chart of a programme's page as plain bars: per indicator and year, the actual as a share of the target (a
 * full bar at the target or above), with the numbers beside it formatted the Russian way by the template.
 *
 * @param kpi the indicator's name and unit
 * @param years its years
 */
record KpiBars(String kpi, String unit, List<Year> years) {

    /**
     * One year of an indicator.
     *
     * @param year the year
     * @param target planned
     * @param actual reached
     * @param percent the actual's share of the target, 0–100, for the bar's width
     */
    record Year(int year, BigDecimal target, BigDecimal actual, int percent) {}

    static List<KpiBars> of(ProgrammeView p) {
        List<KpiBars> out = new ArrayList<>();
        for (ProgrammeView.Kpi k : p.kpis()) {
            List<Year> years = new ArrayList<>();
            k.values().forEach((year, v) -> {
                int percent = 0;
                if (v.target() != null && v.actual() != null && v.target().signum() > 0) {
                    percent = v.actual()
                            .multiply(BigDecimal.valueOf(100))
                            .divide(v.target(), 0, java.math.RoundingMode.HALF_UP)
                            .min(BigDecimal.valueOf(100))
                            .intValue();
                }
                years.add(new Year(year, v.target(), v.actual(), percent));
            });
            out.add(new KpiBars(k.name(), k.unit(), years));
        }
        return out;
    }
}
