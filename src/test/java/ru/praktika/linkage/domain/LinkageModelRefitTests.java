package ru.praktika.linkage.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.linkage.Suggestion;
import ru.praktika.linkage.Suggestions;
import ru.praktika.nationalproject.Period;
import ru.praktika.shared.Actor;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * Issue #17: learning from accepted practices can no longer make the suggestions worse — a refit is adopted only when
 * it does at least as well as the current model on held-out accepted practices and on the labelled file — and the
 * decision «no national project» does not move with what has been learned.
 */
@PraktikaTest
class LinkageModelRefitTests {

    static final String ARCHIVE_TITLE = "Переезд муниципального архива в новое здание";
    static final String ARCHIVE_TEXT = "Архив района переехал из подвала в отремонтированное здание, где поддерживаются"
            + " температура и влажность; сотрудники сверили наличие дел и ускорили ответы на запросы граждан о стаже.";

    @Autowired
    LinkageModels models;

    @Autowired
    LinkageEvaluation evaluation;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestActors actors;

    @TempDir
    Path tmp;

    /**
     * A deliberately misleading set: the demo's accepted practices of Безопасные качественные дороги accepted as
     * Демография (Укрепление общественного здоровья) instead, plus ten different practices about road safety — traffic
     * lights, crossings, accidents — accepted there too.
     */
    private List<LearnedTerms.Example> misleading() {
        List<String> sentences = List.of(
                "На перекрёстках поставили светофоры с кнопкой вызова, и водители стали пропускать пешеходов.",
                "Скорость движения машин у школ ограничили, добавили разметку и искусственные неровности.",
                "Число аварий и ДТП на главной улице снизилось после замены светофоров.",
                "Пешеходные переходы подсветили, а перекрёсток оборудовали камерами фиксации нарушений.",
                "Водители грузовиков получили объездной маршрут, транспорт перестал стоять в пробках.",
                "Светофоры теперь сами меняют фазы по потоку транспорта на перекрёстках.",
                "Дорожную разметку обновили на всех улицах, где чаще всего случались аварии.",
                "У остановок сделали островки безопасности, пешеходы переходят дорогу в два этапа.",
                "Инспекторы вместе с водителями разобрали причины ДТП на трассе.",
                "Скорость движения по улицам выросла, а время в пробках сократилось вдвое.");
        RussianText text = models.text();
        List<LearnedTerms.Example> examples = new ArrayList<>();
        for (LearnedTerms.Example e : models.learnedExamples()) {
            examples.add(
                    e.nationalCode().equals("NP19-06")
                            ? new LearnedTerms.Example(e.stems(), "NP19-01", "NP19-01-FP04", e.titleLength())
                            : e);
        }
        for (int j = 0; j < sentences.size(); j++) {
            // any two of these share at most one sentence of three: different practices, not copies
            String practice = "Безопасные улицы, шаг " + (j + 1) + ". " + sentences.get(j) + " "
                    + sentences.get((j + 1) % 10) + " " + sentences.get((j + 3) % 10);
            examples.add(new LearnedTerms.Example(text.stems(practice), "NP19-01", "NP19-01-FP04"));
        }
        return examples;
    }

    @Test
    void learningFromAMisleadingSetIsRejectedByValidationAndLeavesTheSuggestionsUnchanged() {
        List<LearnedTerms.Example> wrong = misleading();
        assertThat(wrong).hasSizeGreaterThan(100);
        List<LinkageEvaluation.Row> rows = LinkageEvaluation.readResource(LinkageModels.LABELLED);
        assertThat(rows).hasSize(56);
        List<Suggestions> before = suggestions(rows);

        RefitReport report = models.refit(Period.P2019_2024, wrong, "test");

        assertThat(report.outcome()).as(report.toString()).isEqualTo(RefitReport.REJECTED);
        assertThat(report.failed()).contains("labelledTop1");
        assertThat(report.after().labelledTop1()).isLessThan(report.before().labelledTop1());
        assertThat(report.practices()).isEqualTo(wrong.size());
        assertThat(report.validation()).isPositive().isLessThan(wrong.size());
        assertThat(suggestions(rows)).isEqualTo(before);
        // had it been adopted, the suggestions would have changed
        LinkageModel learned = models.build(Period.P2019_2024, wrong);
        RussianText text = models.text();
        assertThat(rows.stream()
                        .filter(r -> !models.suggest(r.title(), r.description(), Period.P2019_2024)
                                .equals(learned.suggest(text.analyse(r.title()), text.analyse(r.description()))))
                        .count())
                .isPositive();
        assertThat(models.history(Actor.SYSTEM).get(0)).isEqualTo(report);
    }

    @Test
    void whatIsLearnedNeverTurnsATextOfNoNationalProjectIntoALinkedOne() {
        // accepted links that teach archive words to Цифровая экономика, many of them: the ranking learns, the unlinked
        // decision (the lexicon and the classifier of the written corpus alone) does not
        List<LearnedTerms.Example> examples = new ArrayList<>(models.learnedExamples());
        RussianText text = models.text();
        List<String> sentences = List.of(
                "Оцифровка архива: сканирование описей дел и ответы на запросы граждан о стаже в электронном виде.",
                "Архив переведён на электронный учёт: запросы о стаже принимаются онлайн, дела сканируются.",
                "Муниципальный архив выдаёт справки о стаже по запросам через портал, описи дел оцифрованы.",
                "Запросы граждан в архив о стаже и зарплате рассматриваются по электронным копиям дел.",
                "Архивный отдел переехал в отремонтированное здание, где поддерживаются температура и влажность.",
                "Сотрудники архива сверили наличие дел и ускорили ответы на запросы граждан.",
                "Подвал архива осушили, дела переложили в новые коробки и сверили описи.",
                "Справки о стаже архив теперь готовит за пять дней вместо месяца.");
        // forty different practices (any two share at most two sentences of three), all accepted as Цифровая экономика
        for (int j = 0; j < 40; j++) {
            String practice = sentences.get(j % 8) + " " + sentences.get((j / 8 + j + 1) % 8) + " Шаг " + (j + 1) + ": "
                    + sentences.get((j + 3 + j / 8) % 8);
            examples.add(new LearnedTerms.Example(text.stems(practice), "NP19-09", null));
        }
        LinkageModel unlearned = models.build(Period.P2019_2024, List.of());
        LinkageModel learned = models.build(Period.P2019_2024, examples);

        Suggestions plain = unlearned.suggest(text.analyse(ARCHIVE_TITLE), text.analyse(ARCHIVE_TEXT));
        Suggestions after = learned.suggest(text.analyse(ARCHIVE_TITLE), text.analyse(ARCHIVE_TEXT));

        assertThat(plain.unlinked()).isTrue();
        assertThat(after.suggestions().get(0).nationalProject().code()).isEqualTo("NP19-09");
        assertThat(after.suggestions().get(0).score())
                .isGreaterThan(plain.suggestions().stream()
                        .filter(x -> x.nationalProject().code().equals("NP19-09"))
                        .mapToDouble(Suggestion::score)
                        .findFirst()
                        .orElse(0));
        assertThat(after.unlinked()).isTrue();
    }

    @Test
    void eachPeriodsClassifierIsCalibratedOnItsOwnWrittenCorpus() {
        assertThat(models.readers(Actor.SYSTEM)).hasSize(Period.values().length).allSatisfy(r -> {
            assertThat(r.texts()).as(r.period()).isGreaterThanOrEqualTo(772);
            // naive Bayes counts a word and its pair as two pieces of evidence: at temperature 1 it is far too sure
            assertThat(r.temperature()).as(r.period()).isGreaterThan(1);
        });
        // the short archive text the uncalibrated classifier sent to Цифровая экономика at 0.99
        assertThat(models.suggest(ARCHIVE_TITLE, ARCHIVE_TEXT, Period.P2019_2024)
                        .unlinked())
                .isTrue();
    }

    @Test
    void copiesOfOnePracticeCountOnceWhenLearning() {
        RussianText text = models.text();
        List<LearnedTerms.Example> copies = new ArrayList<>();
        for (String place : List.of("Кунгуре", "Чайковском", "Лысьве", "Осе")) {
            copies.add(new LearnedTerms.Example(
                    text.stems("В " + place + " открыли аквапарк-инкубатор для юных пловцов: бассейн, тренеры и"
                            + " аквапарк-инкубатор работают круглый год, занятия бесплатны для школьников района"),
                    "NP19-01",
                    "NP19-01-FP04"));
        }
        assertThat(java.util.Arrays.stream(LearnedTerms.groups(copies))
                        .distinct()
                        .count())
                .isEqualTo(1);
        assertThat(LearnedTerms.extract(copies)).isEmpty();
    }

    @Test
    void theSecretariatSeesTheRefitsAndRefitsFromThePage() throws Exception {
        assertThat(models.refit(Period.P2019_2024, misleading(), "test").adopted())
                .isFalse();
        long audited = audited();
        mvc.perform(post("/admin/linkage-model/refit").with(actors.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/linkage-model"));
        assertThat(audited()).isEqualTo(audited + Period.values().length);
        mvc.perform(post("/api/v1/linkage/refit").with(httpBasic("admin", "demo")))
                .andExpect(status().is2xxSuccessful());
        assertThat(audited()).isEqualTo(audited + 2L * Period.values().length);
        // refits that found nothing new keep one line per period, not one per refit
        for (Period period : Period.values()) {
            assertThat(models.history(Actor.SYSTEM).stream()
                            .filter(r -> r.period().equals(period.label())
                                    && r.outcome().equals(RefitReport.UNCHANGED)))
                    .hasSizeLessThanOrEqualTo(1);
        }
        mvc.perform(get("/admin/linkage-model").with(actors.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Модель подсказок")))
                .andExpect(content().string(Matchers.containsString("2019-2024")))
                .andExpect(content().string(Matchers.containsString("/admin/linkage-model/refit")))
                .andExpect(content().string(Matchers.containsString("новая модель отклонена, осталась текущая")))
                .andExpect(content().string(Matchers.containsString("хуже по:")))
                .andExpect(content().string(Matchers.containsString("top-1 на размеченном файле")))
                // what each period's classifier read: the written corpus (and the accepted practices it adopted)
                .andExpect(content()
                        .string(Matchers.containsString("Период 2019-2024: классификатор — текстов для обучения")))
                .andExpect(content()
                        .string(Matchers.containsString("Период 2025-2030: классификатор — текстов для обучения")))
                .andExpect(content().string(Matchers.containsString("калибровка вероятностей — температура")));
        mvc.perform(get("/admin/linkage-model").with(actors.as("expert"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/linkage/refit").with(httpBasic("expert", "demo")))
                .andExpect(status().isForbidden());
        assertThat(audited()).isEqualTo(audited + 2L * Period.values().length);
    }

    @Test
    void theEvaluationReportsBothModesWithTheConfusionTable() throws Exception {
        Path labelled = tmp.resolve("labelled.csv");
        Path accepted = tmp.resolve("accepted.csv");
        Files.writeString(
                labelled,
                "id,title,description,label\n"
                        + "L1,Благоустройство дворовых территорий,\"Новые детские площадки, освещение и скамейки во"
                        + " дворах многоквартирных домов\",NP19-04\n"
                        + "L2," + ARCHIVE_TITLE + ",\"" + ARCHIVE_TEXT + "\",NONE\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                accepted,
                "id,title,description,label\n"
                        + "A1,Ремонт дворов,\"Дворовые территории: асфальт, площадки, освещение\",NP19-04\n",
                StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = evaluation.run(
                new String[] {"--input", labelled.toString(), "--learn", accepted.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(report)
                .contains("без обучения: каталог, словарь и написанные тексты")
                .contains("после обучения на 1 принятых связях")
                .contains("Нет связи: полнота 1.000, точность 1.000")
                .contains("Таблица ошибок")
                .contains("Решение переобучения");
    }

    private long audited() {
        return jdbc.sql("select count(*) from audit.audit_events where action = 'linkage.refit'")
                .query(Long.class)
                .single();
    }

    private List<Suggestions> suggestions(List<LinkageEvaluation.Row> rows) {
        return rows.stream()
                .map(r -> models.suggest(r.title(), r.description(), Period.P2019_2024))
                .toList();
    }
}
