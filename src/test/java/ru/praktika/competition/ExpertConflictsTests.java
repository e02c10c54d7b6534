package ru.praktika.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.competition.domain.Applications;
import ru.praktika.competition.domain.Competitions;
import ru.praktika.competition.domain.FederalStage;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.PracticeParts;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.shared.Actor;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.Role;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * No expert is ever assigned, shown or allowed to score an application of their home region or one they declared a
 * conflict with — checked over every expert of the demo pool × every application, through the service and the API;
 * and a blind expert's pages and answers name no municipality, region or person of the applicant.
 */
@PraktikaTest
class ExpertConflictsTests {

    static final int YEAR = 2033;

    @Autowired
    Competitions competitions;

    @Autowired
    Applications applications;

    @Autowired
    FederalStage federal;

    @Autowired
    PracticeService practices;

    @Autowired
    TerritoryApi territory;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    record Placed(long id, String region, String oktmo, String municipality, String regionName) {}

    @Test
    void everyExpertTimesEveryApplicationKeepsTheConflictRuleAndBlindPagesNameNobody() throws Exception {
        Actor admin = actors.actor("admin");
        CompetitionView c = competitions.open(admin, YEAR);
        competitions.update(
                admin,
                YEAR,
                new Competitions.Settings(
                        c.title(),
                        c.applicationsDeadline(),
                        c.regionalDeadline(),
                        c.federalDeadline(),
                        3,
                        null,
                        "MEAN",
                        true,
                        5,
                        5,
                        c.version()));
        competitions.setQuota(admin, YEAR, "N1", "I", 10);

        // applications of 30 regions, with Чайковский (a declared municipal conflict), 74 and 50 (regional ones)
        List<String> regions = new ArrayList<>(List.of("59", "74", "50", "16", "77", "66", "23", "54"));
        for (RegionView r : territory.regions()) {
            if (regions.size() >= 30) {
                break;
            }
            if (!regions.contains(r.code())) {
                regions.add(r.code());
            }
        }
        List<Placed> placed = new ArrayList<>();
        for (String region : regions) {
            MunicipalityView mo = region.equals("59")
                    ? territory.requireMunicipality("57735000")
                    : territory.municipalities(region, "URBAN_OKRUG", null, false, 0, 1).items().stream()
                            .findFirst()
                            .orElse(null);
            if (mo == null) {
                continue;
            }
            long practice = practices.create(admin, draft(region, mo)).id();
            ApplicationView a = applications.apply(admin, YEAR, "N1", practice);
            a = applications.answer(
                    admin,
                    a.id(),
                    Map.of(
                            "problem", "Жители «" + mo.name() + "» просили дворы",
                            "effect", "Было 10, стало 40",
                            "replicable", "да"),
                    true,
                    a.version());
            applications.submit(admin, a.id());
            applications.forward(admin, a.id(), "Лучшая практика региона");
            placed.add(new Placed(
                    a.id(),
                    region,
                    mo.oktmo(),
                    mo.name(),
                    territory.requireRegion(region).name()));
        }
        assertThat(placed).hasSizeGreaterThanOrEqualTo(25);
        federal.startScoring(admin, YEAR);

        List<ExpertView> pool = federal.experts(admin, YEAR);
        assertThat(pool).hasSizeGreaterThanOrEqualTo(12);
        assertThat(pool).anyMatch(e -> !e.conflicts().isEmpty());
        Set<String> assigned = new HashSet<>(
                jdbc.sql("""
                        select s.expert_id || ':' || s.application_id from competition.assignments s
                        join competition.applications a on a.id = s.application_id where a.competition_id = :c
                        """).param("c", c.id()).query(String.class).list());
        int checked = 0;
        int allowed = 0;
        for (ExpertView e : pool) {
            Actor expert = new Actor(0L, e.username(), Set.of(Role.EXPERT), null, null);
            for (Placed p : placed) {
                boolean conflict = e.homeRegion().equals(p.region())
                        || e.conflicts().contains("REGION:" + p.region())
                        || e.conflicts().contains("MUNICIPALITY:" + p.oktmo());
                boolean isAssigned = assigned.contains(e.id() + ":" + p.id());
                if (conflict) {
                    assertThat(isAssigned)
                            .as(e.username() + " assigned to " + p)
                            .isFalse();
                }
                if (isAssigned) {
                    allowed++;
                    ExpertFile f = federal.file(expert, p.id());
                    assertThat(f.application().id()).isEqualTo(p.id());
                } else {
                    assertThatThrownBy(() -> federal.file(expert, p.id())).isInstanceOf(NotFoundException.class);
                    assertThatThrownBy(() -> federal.score(expert, p.id(), Map.of(1L, BigDecimal.ONE), Map.of()))
                            .isInstanceOf(NotFoundException.class);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(pool.size() * placed.size());
        assertThat(allowed).isEqualTo(assigned.size()).isGreaterThan(0);

        // a conflict declared after the assignment withdraws it at once
        ExpertView demoExpert = pool.stream()
                .filter(e -> e.username().equals("expert"))
                .findFirst()
                .orElseThrow();
        Placed someAssigned = placed.stream()
                .filter(p -> !p.region().equals("59")) // the demo's own Чайковский stays free of conflicts
                .filter(p -> assigned.contains(demoExpert.id() + ":" + p.id()))
                .findFirst()
                .orElseThrow();
        Placed another = placed.stream()
                .filter(p -> assigned.contains(demoExpert.id() + ":" + p.id()) && p.id() != someAssigned.id())
                .findFirst()
                .orElseThrow();
        federal.declareConflict(
                admin, demoExpert.id(), "MUNICIPALITY", someAssigned.oktmo(), "родственник в администрации");
        assertThatThrownBy(() -> federal.file(actors.actor("expert"), someAssigned.id()))
                .isInstanceOf(NotFoundException.class);

        // through the API as the demo expert: 404 for what is not theirs; blind answers name nobody
        for (Placed p : placed) {
            boolean mine = assigned.contains(demoExpert.id() + ":" + p.id()) && p.id() != someAssigned.id();
            int status = mvc.perform(get("/api/v1/competitions/applications/" + p.id() + "/expert-file")
                            .with(httpBasic("expert", "demo")))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as("expert-file of " + p).isEqualTo(mine ? 200 : 404);
        }
        String file = mvc.perform(get("/api/v1/competitions/applications/" + another.id() + "/expert-file")
                        .with(httpBasic("expert", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String list = mvc.perform(
                        get("/api/v1/competitions/" + YEAR + "/my-assignments").with(httpBasic("expert", "demo")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        String page = mvc.perform(get("/competitions/" + YEAR + "/scoring/" + another.id())
                        .with(actors.as("expert")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        for (String shown : List.of(file, list, page)) {
            assertThat(shown)
                    .doesNotContain(another.oktmo())
                    .doesNotContain("Сидоров")
                    .doesNotContain("+7 (900)");
            for (Placed p : placed) {
                assertThat(shown).doesNotContain(p.regionName());
                String stem = p.municipality().split(" ")[0];
                if (stem.length() > 5 && !stem.equalsIgnoreCase("Городской")) {
                    assertThat(shown)
                            .as("blind answer names " + p.municipality())
                            .doesNotContain(stem.substring(0, stem.length() - 2));
                }
            }
        }
        assertThat(file).contains("[скрыто]");
    }

    private static PracticeDraft draft(String region, MunicipalityView mo) {
        return new PracticeDraft(
                2030,
                region,
                mo.oktmo(),
                List.of(),
                "Дворы «" + mo.name() + "»",
                "В «" + mo.name() + "» дворы были разбиты, жители писали в администрацию.",
                "Обновить дворы",
                "Администрация «" + mo.name() + "» и жители обновили 40 дворов.",
                null,
                null,
                List.of(
                        new PracticeParts.FinancingRow(FinancingSource.LOCAL, new BigDecimal("100000")),
                        new PracticeParts.FinancingRow(FinancingSource.EXTRA_BUDGETARY, new BigDecimal("50000"))),
                Mechanism.BUDGET,
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                "Сидоров Пётр Иванович",
                "начальник отдела",
                "+7 (900) 100-20-30",
                "sidorov@example.ru",
                null);
    }
}
