package ru.praktika.competition.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order of applications within one nomination and category, deterministic: shortlisted applications with expert
 * points first, by those points, then by formal points, then the earlier submission, then the lower number; then the
 * rest by formal points, submission and number. Two applications never share a rank.
 */
final class Ranking {

    /** An application as ranking sees it. */
    record Entry(long id, BigDecimal formalPoints, BigDecimal expertPoints, Instant submittedAt) {}

    static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> e.expertPoints() == null)
            .thenComparing(Entry::expertPoints, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Entry::formalPoints, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Entry::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Entry::id);

    /** Formal points only, for the shortlist of the two-step method. */
    static final Comparator<Entry> FORMAL = Comparator.comparing(
                    Entry::formalPoints, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Entry::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Entry::id);

    private Ranking() {}

    static List<Entry> ranked(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(ORDER);
        return sorted;
    }

    /** Mean or median of experts' points, three decimals; null when nobody scored. */
    static BigDecimal aggregate(List<BigDecimal> points, String aggregation) {
        if (points.isEmpty()) {
            return null;
        }
        if ("MEDIAN".equals(aggregation)) {
            List<BigDecimal> s = new ArrayList<>(points);
            s.sort(Comparator.naturalOrder());
            int n = s.size();
            BigDecimal m = n % 2 == 1
                    ? s.get(n / 2)
                    : s.get(n / 2 - 1).add(s.get(n / 2)).divide(BigDecimal.valueOf(2), 3, RoundingMode.HALF_UP);
            return m.setScale(3, RoundingMode.HALF_UP);
        }
        BigDecimal sum = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(points.size()), 3, RoundingMode.HALF_UP);
    }
}
