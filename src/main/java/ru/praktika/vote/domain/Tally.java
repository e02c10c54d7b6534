package ru.praktika.vote.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.praktika.shared.RussianNumbers;
import ru.praktika.vote.VoteTypes;

/**
 * Counts the ballots of a closed vote. Pure: no database, no clock.
 *
 * <p>A single or multiple choice counts the ballots that chose each option. A ranking is counted by Borda: with m
 * options, a ballot gives its first place m−1 points, its second m−2, …, its last 0; options it leaves unranked get 0.
 * Without a quorum nothing passes. An option passes by the vote's majority rule (the most votes; more than half of
 * the ballots; more than half of the electorate; two thirds of the ballots), the best first, as many as there are
 * seats (1, or N of a multiple choice); options level on the last seat are a tie, stated and never broken.
 */
public final class Tally {

    private Tally() {}

    /**
     * @param id the option
     * @param label its label
     */
    public record Option(long id, String label) {}

    /**
     * The result.
     *
     * @param electorate councils that could vote
     * @param ballots ballots counted
     * @param quorumReached whether enough councils voted
     * @param votes option → ballots that chose it (first places of a ranking)
     * @param points option → Borda points (a ranking only, empty otherwise)
     * @param passed the options that passed, best first
     * @param tied the options level on the last seat
     * @param outcome the result in a sentence, as the minutes' decision
     */
    public record Result(
            int electorate,
            int ballots,
            boolean quorumReached,
            Map<Long, Integer> votes,
            Map<Long, Integer> points,
            List<Long> passed,
            List<Long> tied,
            String outcome) {

        public boolean decided() {
            return quorumReached && !passed.isEmpty();
        }
    }

    /** Whether the quorum is met by that many ballots of that electorate. */
    public static boolean quorum(VoteTypes.Quorum quorum, int ballots, int electorate) {
        return switch (quorum) {
            case NONE -> true;
            case MORE_THAN_HALF -> ballots * 2L > electorate;
            case TWO_THIRDS -> ballots * 3L >= electorate * 2L;
        };
    }

    public static Result count(
            VoteTypes.Kind kind,
            int maxChoices,
            VoteTypes.Quorum quorumRule,
            VoteTypes.Majority majority,
            int electorate,
            List<Option> options,
            List<List<Long>> ballots) {
        Map<Long, Integer> votes = new LinkedHashMap<>();
        Map<Long, Integer> points = new LinkedHashMap<>();
        options.forEach(o -> votes.put(o.id(), 0));
        if (kind == VoteTypes.Kind.RANKING) {
            options.forEach(o -> points.put(o.id(), 0));
        }
        int m = options.size();
        for (List<Long> ballot : ballots) {
            for (int i = 0; i < ballot.size(); i++) {
                Long option = ballot.get(i);
                if (!votes.containsKey(option)) {
                    continue;
                }
                if (kind == VoteTypes.Kind.RANKING) {
                    points.merge(option, m - 1 - i, Integer::sum);
                    if (i == 0) {
                        votes.merge(option, 1, Integer::sum);
                    }
                } else {
                    votes.merge(option, 1, Integer::sum);
                }
            }
        }
        int cast = ballots.size();
        boolean quorum = quorum(quorumRule, cast, electorate);
        Map<Long, Integer> score = kind == VoteTypes.Kind.RANKING ? points : votes;
        List<Long> passed = new ArrayList<>();
        List<Long> tied = new ArrayList<>();
        if (quorum) {
            int seats = kind == VoteTypes.Kind.MULTIPLE ? Math.max(1, maxChoices) : 1;
            Map<Integer, List<Long>> byScore = options.stream()
                    .map(Option::id)
                    .filter(o -> meets(majority, score.get(o), votes.get(o), cast, electorate))
                    .collect(Collectors.groupingBy(
                            score::get, () -> new java.util.TreeMap<>(Comparator.reverseOrder()), Collectors.toList()));
            for (List<Long> group : byScore.values()) {
                if (passed.size() + group.size() <= seats) {
                    passed.addAll(group);
                } else {
                    if (passed.size() < seats) {
                        tied.addAll(group);
                    }
                    break;
                }
                if (passed.size() == seats) {
                    break;
                }
            }
        }
        Map<Long, String> labels = new LinkedHashMap<>();
        options.forEach(o -> labels.put(o.id(), o.label()));
        String outcome = outcome(kind, majority, quorumRule, quorum, cast, electorate, score, labels, passed, tied);
        return new Result(electorate, cast, quorum, votes, points, List.copyOf(passed), List.copyOf(tied), outcome);
    }

    /** Whether an option meets the majority rule (a ranking is decided by points: the most wins). */
    static boolean meets(VoteTypes.Majority rule, int score, int votes, int ballots, int electorate) {
        if (score <= 0) {
            return false;
        }
        return switch (rule) {
            case RELATIVE -> true;
            case SIMPLE -> votes * 2L > ballots;
            case ABSOLUTE -> votes * 2L > electorate;
            case QUALIFIED -> votes * 3L >= ballots * 2L;
        };
    }

    private static String outcome(
            VoteTypes.Kind kind,
            VoteTypes.Majority majority,
            VoteTypes.Quorum quorumRule,
            boolean quorum,
            int cast,
            int electorate,
            Map<Long, Integer> score,
            Map<Long, String> labels,
            List<Long> passed,
            List<Long> tied) {
        String turnout = "проголосовали " + RussianNumbers.format(cast) + " из "
                + RussianNumbers.count(electorate, "совета", "советов", "советов");
        if (!quorum) {
            return "Кворума нет: " + turnout + "; решение не принято";
        }
        String head = "По итогам голосования ("
                + (quorumRule == VoteTypes.Quorum.NONE ? "кворум не требуется" : "кворум есть") + ": " + turnout + ")";
        List<String> parts = new ArrayList<>();
        if (!passed.isEmpty()) {
            parts.add(" принято: "
                    + passed.stream()
                            .map(o -> "«" + labels.get(o) + "» (" + amount(kind, score.get(o)) + ")")
                            .collect(Collectors.joining(", ")));
        }
        if (!tied.isEmpty()) {
            Set<Integer> levels = new LinkedHashSet<>();
            tied.forEach(o -> levels.add(score.get(o)));
            String names = quotedList(tied.stream().map(labels::get).toList());
            parts.add(" голоса разделились поровну между " + names + " (по "
                    + amount(kind, levels.iterator().next()) + ")"
                    + (passed.isEmpty() ? "; решение не принято" : "; по этому месту решение не принято"));
        }
        if (passed.isEmpty() && tied.isEmpty()) {
            parts.add(" ни один вариант не набрал "
                    + switch (majority) {
                        case RELATIVE -> "голосов";
                        case SIMPLE -> "более половины голосов проголосовавших";
                        case ABSOLUTE -> "более половины голосов от числа членов";
                        case QUALIFIED -> "двух третей голосов проголосовавших";
                    }
                    + "; решение не принято");
        }
        return head + String.join(";", parts);
    }

    private static String amount(VoteTypes.Kind kind, int n) {
        return kind == VoteTypes.Kind.RANKING
                ? RussianNumbers.count(n, "балл", "балла", "баллов")
                : RussianNumbers.count(n, "голос", "голоса", "голосов");
    }

    private static String quotedList(List<String> labels) {
        List<String> q = labels.stream().map(l -> "«" + l + "»").toList();
        if (q.size() == 1) {
            return q.get(0);
        }
        return String.join(", ", q.subList(0, q.size() - 1)) + " и " + q.get(q.size() - 1);
    }
}
