package ru.praktika.competition.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Balanced automatic assignment: each application gets k experts competent in its nomination, never one of the
 * applicant's region, never one with a declared conflict on its municipality, region or organisation; among the
 * eligible, the least loaded first (then the lower id), counting what they already have. Pure: the caller loads and
 * saves.
 */
final class Assignment {

    /** An expert as assignment sees them; {@code conflicts} holds "MUNICIPALITY:57701000", "REGION:59", "ORGANIZATION:7". */
    record Expert(long id, String homeRegion, Set<String> competences, Set<String> conflicts) {}

    /** An application to assign; {@code already} are the experts it has. */
    record Target(long id, String nomination, String oktmo, String region, Long organizationId, Set<Long> already) {}

    private Assignment() {}

    /** Whether the expert may see and score the application at all: competence aside, the conflict rule. */
    static boolean free(Expert e, Target t) {
        return !e.homeRegion().equals(t.region())
                && !e.conflicts().contains("REGION:" + t.region())
                && (t.oktmo() == null || !e.conflicts().contains("MUNICIPALITY:" + t.oktmo()))
                && (t.organizationId() == null || !e.conflicts().contains("ORGANIZATION:" + t.organizationId()));
    }

    static boolean eligible(Expert e, Target t) {
        return e.competences().contains(t.nomination())
                && free(e, t)
                && !t.already().contains(e.id());
    }

    /**
     * New pairs application → experts so that every target has k (or as many as are eligible).
     *
     * @param load how many assignments each expert already has
     */
    static Map<Long, List<Long>> assign(List<Target> targets, List<Expert> experts, int k, Map<Long, Integer> load) {
        Map<Long, Integer> current = new HashMap<>(load);
        experts.forEach(e -> current.putIfAbsent(e.id(), 0));
        Comparator<Expert> lightest =
                Comparator.comparing((Expert e) -> current.get(e.id())).thenComparingLong(Expert::id);
        // the hardest applications (fewest eligible experts) first, so they are not left without experts
        List<Target> order = new ArrayList<>(targets);
        Map<Long, Long> eligibleCount = new HashMap<>();
        for (Target t : order) {
            eligibleCount.put(
                    t.id(), experts.stream().filter(e -> eligible(e, t)).count());
        }
        order.sort(Comparator.comparing((Target t) -> eligibleCount.get(t.id())).thenComparingLong(Target::id));
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        for (Target t : order) {
            int needed = k - t.already().size();
            if (needed <= 0) {
                continue;
            }
            List<Expert> chosen = experts.stream()
                    .filter(e -> eligible(e, t))
                    .sorted(lightest)
                    .limit(needed)
                    .toList();
            List<Long> ids = new ArrayList<>();
            for (Expert e : chosen) {
                ids.add(e.id());
                current.merge(e.id(), 1, Integer::sum);
            }
            result.put(t.id(), ids);
        }
        return result;
    }
}
