package ru.praktika.linkage.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.praktika.linkage.Suggestion;
import ru.praktika.linkage.Suggestions;

/** The figures a model is judged by, the same for a refit's validation and for {@code evaluate-linkage}. */
final class ModelChecks {

    private ModelChecks() {}

    /**
     * Held-out accepted links (all linked).
     *
     * @return top-1 (the first suggestion is one of the text's accepted national projects), top-3 (this example's
     *     national project is among the three); NaN without examples; a text marked unlinked counts as a miss
     */
    static double[] onExamples(LinkageModel model, List<LearnedTerms.Example> examples) {
        if (examples.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        // a practice linked to two national projects is two examples of one text: its first suggestion is right when
        // it is either of them
        Map<List<String>, Set<String>> accepted = new HashMap<>();
        for (LearnedTerms.Example e : examples) {
            accepted.computeIfAbsent(e.stems(), k -> new HashSet<>()).add(e.nationalCode());
        }
        int top1 = 0, top3 = 0;
        for (LearnedTerms.Example e : examples) {
            Suggestions s = model.suggest(
                    e.stems().subList(0, e.titleLength()),
                    e.stems().subList(e.titleLength(), e.stems().size()));
            if (s.unlinked()) {
                continue;
            }
            List<String> codes = s.suggestions().stream()
                    .map(x -> x.nationalProject().code())
                    .toList();
            top1 += !codes.isEmpty() && accepted.get(e.stems()).contains(codes.get(0)) ? 1 : 0;
            top3 += codes.contains(e.nationalCode()) ? 1 : 0;
        }
        return new double[] {(double) top1 / examples.size(), (double) top3 / examples.size()};
    }

    /**
     * A labelled file: a NONE row is right (top-1 and top-3) when marked unlinked, a labelled row when its project is
     * first (top-1) or among the three (top-3) and the text is not marked unlinked.
     *
     * @return top-1, top-3, recall of NONE (NaN where there is nothing to count)
     */
    static double[] onLabelled(LinkageModel model, RussianText text, List<LinkageEvaluation.Row> rows) {
        if (rows.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        int top1 = 0, top3 = 0, none = 0, noneFlagged = 0;
        for (LinkageEvaluation.Row r : rows) {
            Suggestions s = model.suggest(text.analyse(r.title()), text.analyse(r.description()));
            String predicted = predicted(s);
            boolean isNone = r.label().equals("NONE");
            top1 += predicted.equals(r.label()) ? 1 : 0;
            top3 += inTop3(s, r.label()) ? 1 : 0;
            if (isNone) {
                none++;
                noneFlagged += s.unlinked() ? 1 : 0;
            }
        }
        return new double[] {
            (double) top1 / rows.size(),
            (double) top3 / rows.size(),
            none == 0 ? Double.NaN : (double) noneFlagged / none
        };
    }

    static String predicted(Suggestions s) {
        return s.unlinked() || s.suggestions().isEmpty()
                ? "NONE"
                : s.suggestions().get(0).nationalProject().code();
    }

    static boolean inTop3(Suggestions s, String label) {
        return label.equals("NONE")
                ? s.unlinked()
                : !s.unlinked()
                        && s.suggestions().stream()
                                .map(Suggestion::nationalProject)
                                .anyMatch(p -> p.code().equals(label));
    }
}
