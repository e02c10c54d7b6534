package ru.praktika.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.linkage.domain.LinkageEvaluation;
import ru.praktika.linkage.domain.LinkageModels;
import ru.praktika.linkage.domain.LinkageService;
import ru.praktika.nationalproject.Period;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

@PraktikaTest
class LinkageTests {

    static final String YARDS = "Благоустройство дворовых территорий многоквартирных домов";
    static final String YARDS_TEXT = "Жители выбрали дворы для благоустройства: новые детские площадки, освещение,"
            + " скамейки и озеленение общественного пространства; работы приняты с участием жителей.";

    @Autowired
    MockMvc mvc;

    @Autowired
    LinkageModels models;

    @Autowired
    LinkageService linkage;

    @Autowired
    PracticeService practices;

    @Autowired
    TestActors actors;

    @TempDir
    Path tmp;

    @Test
    void suggestsTheNationalProjectWithEvidenceAndSaysWhenNothingFits() throws Exception {
        mvc.perform(post("/api/v1/linkage/suggest")
                        .with(httpBasic("perm", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"" + YARDS + "\", \"description\": \"" + YARDS_TEXT + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unlinked", is(false)))
                .andExpect(jsonPath("$.suggestions[0].nationalProject.code", is("NP19-04")))
                .andExpect(jsonPath("$.suggestions[0].federalProject.code", is("NP19-04-FP03")))
                .andExpect(jsonPath("$.suggestions[0].evidence").isNotEmpty());
        Suggestions archive = models.suggest(
                "Порядок работы муниципального архива",
                "Утверждён внутренний регламент архивного отдела администрации: порядок приёма документов на"
                        + " хранение, опись дел, график выдачи справок по запросам.",
                Period.P2019_2024);
        assertThat(archive.unlinked()).isTrue();
    }

    @Test
    void acceptedLinksTeachNewTerms() {
        Suggestions before =
                models.suggest("Гиперлуп-остановка у вокзала", "Построили гиперлуп-остановку.", Period.P2019_2024);
        double scoreBefore = scoreOf(before, "NP19-06");
        assertThat(
                        before.suggestions().isEmpty()
                                ? ""
                                : before.suggestions().get(0).nationalProject().code())
                .isNotEqualTo("NP19-06");
        // three different practices: copies of one text (near duplicates) would count once
        String[][] texts = {
            {"Гиперлуп-остановка на трассе", "Капсульный гиперлуп-маршрут между посёлками, остановка у школы."},
            {"Гиперлуп для вахтовиков", "Рабочие ездят на смену в капсулах гиперлупа вместо автобуса по грунтовке."},
            {"Грузовой гиперлуп к элеватору", "Зерно с полей везут гиперлупом: вагоны не разбивают сельские дороги."}
        };
        for (String[] t : texts) {
            PracticeCard card =
                    practices.create(actors.actor("perm"), draft(t[0], t[1], "NP19-06", "NP19-06-FP01", "57735000"));
            practices.act(actors.actor("perm"), card.id(), PracticeAction.SUBMIT, null);
            practices.act(actors.actor("perm"), card.id(), PracticeAction.FORWARD, null);
            practices.act(actors.actor("admin"), card.id(), PracticeAction.ACCEPT, null);
        }
        models.refit();
        Suggestions after =
                models.suggest("Гиперлуп-остановка у вокзала", "Построили гиперлуп-остановку.", Period.P2019_2024);
        assertThat(after.suggestions().get(0).nationalProject().code()).isEqualTo("NP19-06");
        assertThat(after.suggestions().get(0).evidence()).anyMatch(e -> e.contains("гиперлуп"));
        assertThat(scoreOf(after, "NP19-06")).isGreaterThan(scoreBefore);
    }

    @Test
    void aCopiedPracticeFromAnotherRegionIsANearDuplicateAndShownOnlyToThoseWhoMayRead() throws Exception {
        String text = "В посёлке открыли модельную библиотеку: обновили книжный фонд на 4 000 изданий, создали"
                + " коворкинг и медиазону, провели 120 встреч клуба краеведов и курсы компьютерной грамотности для"
                + " пенсионеров; посещаемость выросла вдвое за первый год работы библиотеки.";
        PracticeCard original = practices.create(
                actors.actor("perm"),
                draft("Модельная библиотека в посёлке", text, "NP19-10", "NP19-10-FP01", "57735000"));
        PracticeCard copy = practices.create(
                actors.actor("tatarstan"),
                draft(
                        "Модельная библиотека в нашем посёлке",
                        text.replace("4 000", "3 500").replace("вдвое", "в полтора раза"),
                        "NP19-10",
                        "NP19-10-FP01",
                        "92701000"));
        assertThat(linkage.findings(actors.actor("admin"), copy.id()))
                .anyMatch(f -> f.kind().equals("NEAR_DUPLICATE") && original.id() == f.otherPracticeId());
        mvc.perform(get("/api/v1/practices/" + copy.id() + "/similar").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id", is((int) original.id())))
                .andExpect(jsonPath("$[0].similarity").isNumber());
        mvc.perform(get("/api/v1/practices/" + copy.id() + "/similar").with(httpBasic("tatarstan", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(hasItem((int) original.id()))));
    }

    @Test
    void aLinkTheTextDoesNotSupportIsAFindingUntilAnExpertReviewsIt() {
        PracticeCard card = practices.create(
                actors.actor("perm"),
                draft(
                        "Выездной фельдшерско-акушерский пункт",
                        "Передвижной ФАП и диспансеризация жителей отдалённых сёл, медицинская помощь рядом с домом.",
                        "NP19-04",
                        "NP19-04-FP03",
                        "57735000"));
        List<Finding> findings = linkage.findings(actors.actor("perm"), card.id());
        Finding f = findings.stream()
                .filter(x -> x.kind().equals("LINK_NOT_SUPPORTED"))
                .findFirst()
                .orElseThrow();
        assertThat(f.message()).isEqualTo("Связь с национальным проектом не подтверждается текстом");
        assertThat(f.evidence()).contains("Здравоохранение");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> linkage.review(actors.actor("perm"), f.id()))
                .isInstanceOf(ru.praktika.shared.AccessDeniedException.class);
        linkage.review(actors.actor("expert"), f.id());
        practices.revise(
                actors.actor("perm"),
                card.id(),
                practices.card(actors.actor("perm"), card.id()).toDraft());
        assertThat(linkage.findings(actors.actor("perm"), card.id()))
                .filteredOn(x -> x.kind().equals("LINK_NOT_SUPPORTED"))
                .singleElement()
                .satisfies(x -> assertThat(x.reviewedBy()).isEqualTo("expert"));
    }

    @Test
    void theEvaluationCommandComputesItsNumbers() throws Exception {
        Path file = tmp.resolve("tiny.csv");
        Files.writeString(file, """
                id,title,description,label
                T1,"%s","%s",NP19-04
                T2,"Порядок работы муниципального архива","Внутренний регламент архивного отдела: опись дел и выдача справок.",NONE
                """.formatted(YARDS, YARDS_TEXT), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = evaluation.run(
                new String[] {"--input", file.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isZero();
        assertThat(report)
                .contains(
                        "Строк: 2",
                        "Точность top-1: 1.000",
                        "Точность top-3: 1.000",
                        "Точность на NONE (нет связи): 1.000");
        assertThat(evaluation.run(
                        new String[] {"--input", file.toString(), "--folds", "2"},
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                        System.err))
                .isZero();
        assertThat(evaluation.run(new String[] {}, System.out, new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(2);
    }

    @Autowired
    LinkageEvaluation evaluation;

    private static double scoreOf(Suggestions s, String code) {
        return s.suggestions().stream()
                .filter(x -> x.nationalProject().code().equals(code))
                .mapToDouble(Suggestion::score)
                .findFirst()
                .orElse(0);
    }

    static PracticeDraft draft(String title, String text, String np, String fp, String lead) {
        return Drafts.draft(2022, null, lead, title, text, null, text, Drafts.link(np, fp));
    }
}
