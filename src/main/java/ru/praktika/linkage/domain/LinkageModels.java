package ru.praktika.linkage.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import ru.praktika.linkage.Suggestions;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.NationalProjectView;
import ru.praktika.nationalproject.Period;
import ru.praktika.nationalproject.ProjectRef;

/**
 * Holds the current model of each period and refits it: at start-up, on a schedule (every 30 minutes) and on demand.
 * A model is built from three kinds of knowledge — the catalogue's names, the curated lexicon, and terms learned from
 * practices whose links were accepted — and swapped in atomically, so suggestions never see a half-built model.
 */
@Service
public class LinkageModels {

    private static final Logger log = LoggerFactory.getLogger(LinkageModels.class);
    /** Words of project names that say nothing about the subject. */
    private static final Set<String> GENERIC = Set.of(
            "развит",
            "систем",
            "обеспечен",
            "создан",
            "услов",
            "поддержк",
            "федеральн",
            "национальн",
            "проект",
            "российск",
            "федерац",
            "повышен",
            "современ",
            "нов",
            "мер",
            "комплексн",
            "цел",
            "качеств",
            "эффективн",
            "доступн",
            "программ",
            "реализац",
            "сфер",
            "увеличен",
            "формирован",
            "общ",
            "модернизац",
            "государствен",
            "так",
            "числ");

    private final NationalProjectApi catalogue;
    private final Documents documents;
    private final RussianText text;
    private final List<Lexicon.Term> lexicon;
    private final Map<String, LinkageModel> models = new ConcurrentHashMap<>();

    LinkageModels(NationalProjectApi catalogue, Documents documents) {
        this.catalogue = catalogue;
        this.documents = documents;
        this.text = new RussianText(Lexicon.abbreviations());
        this.lexicon = Lexicon.terms();
    }

    RussianText text() {
        return text;
    }

    public Suggestions suggest(String title, String description, Period period) {
        return model(period).suggest(text.analyse(title), text.analyse(description));
    }

    LinkageModel model(Period period) {
        return models.computeIfAbsent(period.label(), p -> build(period, learnedExamples()));
    }

    /** Rebuilds both periods' models from the catalogue, the lexicon and the accepted practices. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    @Scheduled(initialDelayString = "PT30M", fixedDelayString = "PT30M")
    public void refit() {
        List<LearnedTerms.Example> examples = learnedExamples();
        for (Period period : Period.values()) {
            models.put(period.label(), build(period, examples));
        }
        log.info("Linkage models refitted from {} accepted practices", examples.size());
    }

    /** A model of a period from given examples (the evaluation uses this with its own folds). */
    LinkageModel build(Period period, List<LearnedTerms.Example> examples) {
        Map<String, ProjectRef> projects = new HashMap<>();
        List<Knowledge> knowledge = new ArrayList<>();
        for (NationalProjectView np : catalogue.nationalProjects(period.label())) {
            projects.put(np.code(), new ProjectRef(np.code(), np.name()));
            addName(knowledge, np.code(), np.code(), np.name(), 1.2, 0.3);
            for (ProjectRef fp : np.federalProjects()) {
                projects.put(fp.code(), fp);
                addName(knowledge, fp.code(), np.code(), fp.name(), 1.5, 0.35);
            }
        }
        for (Lexicon.Term t : lexicon) {
            if (projects.containsKey(t.code())) {
                String np = t.code().replaceAll("-FP\\d+$", "");
                knowledge.add(new Knowledge(t.code(), np, text.stems(t.term()), t.weight(), t.term(), "lexicon"));
            }
        }
        for (Knowledge k : LearnedTerms.extract(examples)) {
            if (projects.containsKey(k.code())) {
                knowledge.add(k);
            }
        }
        return new LinkageModel(period.label(), projects, knowledge);
    }

    private void addName(List<Knowledge> knowledge, String code, String np, String name, double phrase, double word) {
        List<String> stems = text.stems(name.replaceAll("\\(.*?\\)", " "));
        if (stems.size() > 1) {
            // a whole multi-word name is strong evidence; a one-word name («Жилье») is just a word
            knowledge.add(new Knowledge(code, np, stems, phrase, name, "catalogue"));
        }
        for (String s : stems) {
            if (!GENERIC.contains(s) && s.length() > 2) {
                knowledge.add(new Knowledge(code, np, List.of(s), word, s, "catalogue"));
            }
        }
    }

    private List<LearnedTerms.Example> learnedExamples() {
        List<LearnedTerms.Example> examples = new ArrayList<>();
        for (Documents.Document d : documents.accepted()) {
            List<String> stems = new ArrayList<>(text.stems(d.title()));
            stems.addAll(text.stems(d.text()));
            for (String np : d.nationalCodes()) {
                String fp = d.federalCodes().stream()
                        .filter(f -> f.startsWith(np + "-"))
                        .findFirst()
                        .orElse(null);
                examples.add(new LearnedTerms.Example(stems, np, fp));
            }
        }
        return examples;
    }
}
