package ru.praktika.linkage;

import java.io.PrintStream;
import org.springframework.stereotype.Component;
import ru.praktika.linkage.domain.LinkageEvaluation;

/** {@code java -jar praktika.jar evaluate-linkage --input FILE.csv [--folds K]}: measures the suggestions. */
@Component
public class LinkageEvaluationCommand {

    public static final String NAME = "evaluate-linkage";

    private final LinkageEvaluation evaluation;

    LinkageEvaluationCommand(LinkageEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** @return the exit code: 0 done, 2 bad arguments or file */
    public int run(String[] args, PrintStream out, PrintStream err) {
        return evaluation.run(args, out, err);
    }
}
