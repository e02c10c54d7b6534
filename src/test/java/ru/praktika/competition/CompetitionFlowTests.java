package ru.praktika.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.praktika.competition.domain.Applications;
import ru.praktika.competition.domain.Competitions;
import ru.praktika.competition.domain.FederalStage;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.domain.PracticeService;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.support.Drafts;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * A competition year from the announcement to the published results, through the services: categories from the
 * municipality's type, one application per practice, required answers and the declaration, the region's quota, the
 * commission's reason, experts never of the applicant's region or with a declared conflict, scores within their
 * range, the deterministic ranking, places and prizes.
 */
@PraktikaTest
class CompetitionFlowTests {

    static final int YEAR = 2031;

    @Autowired
    Competitions competitions;

    @Autowired
    Applications applications;

    @Autowired
    FederalStage federal;

    @Autowired
    PracticeService practices;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcClient jdbc;

    private PracticeCard practice(Actor author, String region, String lead, String title) {
        return practices.create(
                author, Drafts.draft(2030, region, lead, title, "Проблема", "Цели", "Описание", List.of()));
    }

    private Map<String, String> answers() {
        return Map.of("problem", "Дворы были разбиты", "effect", "Было 10 дворов, стало 40", "replicable", "да");
    }

    @Test
    void aYearRunsFromApplicationsToPublishedResults() {
        Actor admin = actors.actor("admin");
        Actor perm = actors.actor("perm");
        Actor tatarstan = actors.actor("tatarstan");
        Actor expert = actors.actor("expert");
        CompetitionView c = competitions.open(admin, YEAR);
        assertThat(c.nominations()).extracting(NominationView::code).containsExactly("N1", "N4", "N6", "N7", "N8");
        assertThat(c.places()).isEqualTo(5);
        assertThat(c.associationQuota()).isEqualTo(5);
        assertThat(c.prize("N1", "I", 1)).isEqualByComparingTo("50000000");
        competitions.setQuota(admin, YEAR, "N1", "I", 1);
        // the year's wording of a nomination, its curator and projects; unknown project codes are refused
        assertThatThrownBy(() -> competitions.setNomination(
                        admin, YEAR, "N8", "Бренд территории", "Минэкономразвития России", List.of("NP99-99")))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsKey("nationalProjects"));
        competitions.setNomination(
                admin, YEAR, "N8", "Бренд территории", "Минэкономразвития России", List.of("NP25-09"));
        NominationView brand = competitions.competition(YEAR).nomination("N8").orElseThrow();
        assertThat(brand.curator()).isEqualTo("Минэкономразвития России");
        assertThat(brand.nationalProjects()).containsExactly("NP25-09");
        // the curator's method of the year: the share of extra-budgetary money weighs 2, the expert marks 0–5
        assertThatThrownBy(() -> competitions.setCriteria(
                        admin,
                        YEAR,
                        "N1",
                        List.of(new Competitions.CriterionInput(
                                "mark",
                                "Оценка",
                                "EXPERT",
                                null,
                                new BigDecimal("5"),
                                new BigDecimal("5"),
                                BigDecimal.ONE))))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsKey("criteria[0].range"));
        assertThatThrownBy(() -> competitions.setCriteria(perm, YEAR, "N1", List.of()))
                .isInstanceOf(AccessDeniedException.class);
        competitions.setCriteria(
                admin,
                YEAR,
                "N1",
                List.of(
                        new Competitions.CriterionInput(
                                "extra_budget",
                                "Доля внебюджетных средств",
                                "FORMULA",
                                "EXTRA_BUDGET_SHARE",
                                null,
                                null,
                                new BigDecimal("2")),
                        new Competitions.CriterionInput(
                                "mark",
                                "Оценка члена комиссии",
                                "EXPERT",
                                null,
                                BigDecimal.ZERO,
                                new BigDecimal("5"),
                                BigDecimal.ONE)));
        assertThat(competitions.criteria(YEAR, "N1"))
                .extracting(CriterionView::code)
                .containsExactly("extra_budget", "mark");

        // two applications of Пермский край in N1 / I, one of Татарстан in N1 / II
        PracticeCard p1 = practice(perm, "59", "57735000", "Дворы Чайковского");
        PracticeCard p2 = practice(perm, "59", "57701000", "Скверы Перми");
        PracticeCard p3 = practice(tatarstan, "16", "92601405", "Сельский клуб Азево");
        ApplicationView a1 = applications.apply(perm, YEAR, "N1", p1.id());
        ApplicationView a2 = applications.apply(perm, YEAR, "N1", p2.id());
        ApplicationView a3 = applications.apply(tatarstan, YEAR, "N1", p3.id());
        assertThat(a1.category()).isEqualTo("I");
        assertThat(a3.category()).isEqualTo("II");
        assertThatThrownBy(() -> applications.apply(perm, YEAR, "N4", p1.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("одна заявка от практики в год");
        assertThatThrownBy(() -> applications.apply(tatarstan, YEAR, "N1", p1.id()))
                .isInstanceOf(NotFoundException.class);

        // submission needs the answers and the declaration
        assertThatThrownBy(() -> applications.submit(perm, a1.id()))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsKeys("answers.problem", "answers.effect", "declaration"));
        assertThatThrownBy(() -> applications.answer(perm, a1.id(), Map.of("residents", "много"), true, a1.version()))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors()).containsKey("answers.residents"));
        for (ApplicationView a : List.of(a1, a2)) {
            applications.answer(
                    perm,
                    a.id(),
                    answers(),
                    true,
                    applications.application(perm, a.id()).version());
            applications.submit(perm, a.id());
        }
        applications.answer(
                tatarstan,
                a3.id(),
                answers(),
                true,
                applications.application(tatarstan, a3.id()).version());
        applications.submit(tatarstan, a3.id());

        // the region's commission: the other region cannot decide; the quota of 1 holds; a rejection needs a reason
        assertThatThrownBy(() -> applications.forward(tatarstan, a1.id(), "Лучшая"))
                .isInstanceOf(NotFoundException.class);
        applications.forward(perm, a1.id(), "Лучшая практика края по благоустройству");
        assertThatThrownBy(() -> applications.forward(perm, a2.id(), "Тоже хорошая"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Квота региона исчерпана");
        assertThatThrownBy(() -> applications.reject(perm, a2.id(), " ")).isInstanceOf(InvalidRequestException.class);
        applications.reject(perm, a2.id(), "Квота исчерпана, практика слабее");
        assertThat(applications.application(perm, a2.id()).status()).isEqualTo(ApplicationStatus.REJECTED);
        applications.forward(tatarstan, a3.id(), "Лучшая сельская практика");

        // the pool: the demo expert (Москва) and two others, one of Пермский край, one with a conflict on Татарстан
        federal.enlist(admin, "expert", "Эксперт Правления", "77", List.of("N1"));
        ExpertView permExpert = federal.enlist(admin, "flow-perm", "Пермский Эксперт", "59", List.of("N1"));
        ExpertView other = federal.enlist(admin, "flow-other", "Другой Эксперт", "66", List.of("N1"));
        federal.declareConflict(admin, other.id(), "REGION", "16", "работал в Татарстане");
        competitions.update(
                admin,
                YEAR,
                new Competitions.Settings(
                        c.title(),
                        c.applicationsDeadline(),
                        c.regionalDeadline(),
                        c.federalDeadline(),
                        7,
                        null,
                        "MEAN",
                        true,
                        5,
                        5,
                        competitions.competition(YEAR).version()));
        FederalStage.Start start = federal.startScoring(admin, YEAR);
        assertThat(start.applications()).isEqualTo(2);
        List<Object[]> pairs = jdbc.sql("""
                        select e.username, a.region_code from competition.assignments s
                        join competition.experts e on e.id = s.expert_id
                        join competition.applications a on a.id = s.application_id where a.competition_id = :c
                        """)
                .param("c", c.id())
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2)})
                .list();
        assertThat(pairs).noneMatch(p -> p[0].equals("flow-perm") && p[1].equals("59"));
        assertThat(pairs).noneMatch(p -> p[0].equals("flow-other") && p[1].equals("16"));
        // seven wanted, so every eligible expert of the pool is assigned: the demo expert to both
        assertThat(pairs).anyMatch(p -> p[0].equals("expert") && p[1].equals("59"));
        assertThat(pairs).anyMatch(p -> p[0].equals("expert") && p[1].equals("16"));

        // the expert scores in blind mode: nothing of the applicant's place or people
        List<ApplicationView> mine = federal.assigned(expert, YEAR);
        assertThat(mine).extracting(ApplicationView::id).contains(a1.id());
        assertThat(mine).allMatch(a -> a.oktmo() == null && a.regionCode() == null && a.municipalityName() == null);
        ExpertFile file = federal.file(expert, a1.id());
        assertThat(file.application().title()).doesNotContain("Чайковск").contains("[скрыто]");
        CriterionView mark = file.criteria().stream()
                .filter(CriterionView::expert)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> federal.score(expert, a1.id(), Map.of(mark.id(), new BigDecimal("6")), Map.of()))
                .isInstanceOfSatisfying(
                        InvalidRequestException.class,
                        e -> assertThat(e.errors().values()).anyMatch(m -> m.contains("от 0 до 5, а не 6")));
        federal.score(expert, a1.id(), Map.of(mark.id(), new BigDecimal("4")), Map.of(mark.id(), "Сильная практика"));
        federal.score(expert, a3.id(), Map.of(mark.id(), new BigDecimal("3")), Map.of());
        assertThatThrownBy(() -> federal.file(actors.actor("perm"), a1.id())).isInstanceOf(AccessDeniedException.class);

        // results: confirmed with the number shown, published; places and prizes
        List<ApplicationView> proposed = federal.proposedWinners(admin, YEAR);
        assertThat(proposed).hasSize(2);
        assertThatThrownBy(() -> federal.confirmResults(admin, YEAR, 5)).isInstanceOf(ConflictException.class);
        federal.confirmResults(admin, YEAR, 2);
        assertThatThrownBy(() -> federal.results(YEAR)).isInstanceOf(NotFoundException.class);
        federal.publish(admin, YEAR);
        List<ApplicationView> results = federal.results(YEAR);
        assertThat(results).extracting(ApplicationView::id).containsExactlyInAnyOrder(a1.id(), a3.id());
        ApplicationView winner =
                results.stream().filter(a -> a.id() == a1.id()).findFirst().orElseThrow();
        assertThat(winner.place()).isEqualTo(1);
        assertThat(winner.prizeRub()).isEqualByComparingTo("50000000");
        ApplicationView rural =
                results.stream().filter(a -> a.id() == a3.id()).findFirst().orElseThrow();
        assertThat(rural.prizeRub()).isEqualByComparingTo("20000000");
        assertThat(jdbc.sql("select count(*) from notification.notifications where recipient_user = 'perm'"
                                + " and subject like 'Заявка победила%' and link = :link")
                        .param("link", "/competitions/applications/" + a1.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void deadlinesCloseApplyingAndTheRegionalStage() {
        Actor admin = actors.actor("admin");
        Actor perm = actors.actor("perm");
        int year = 2034;
        CompetitionView c = competitions.open(admin, year);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
        PracticeCard p1 = practice(perm, "59", "57735000", "Сроки: заявка вовремя");
        PracticeCard p2 = practice(perm, "59", "57701000", "Сроки: заявка опоздала");
        ApplicationView a = applications.apply(perm, year, "N1", p1.id());
        a = applications.answer(perm, a.id(), answers(), true, a.version());
        applications.submit(perm, a.id());
        ApplicationView late = applications.apply(perm, year, "N1", p2.id());

        // the applications deadline passed yesterday: no new application, no submission; the commission still decides
        c = competitions.competition(year);
        competitions.update(
                admin,
                year,
                new Competitions.Settings(
                        c.title(),
                        today.minusDays(1),
                        today,
                        today.plusDays(30),
                        3,
                        null,
                        "MEAN",
                        true,
                        5,
                        5,
                        c.version()));
        PracticeCard p3 = practice(perm, "59", "57701000", "Сроки: третья");
        assertThatThrownBy(() -> applications.apply(perm, year, "N1", p3.id()))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Приём заявок закончился");
        ApplicationView lateDraft = applications.application(perm, late.id());
        assertThatThrownBy(() -> applications.answer(perm, late.id(), answers(), true, lateDraft.version()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> applications.submit(perm, late.id())).isInstanceOf(ConflictException.class);
        applications.rank(perm, a.id(), 1);

        // the regional deadline passed too: the commission can no longer forward
        c = competitions.competition(year);
        competitions.update(
                admin,
                year,
                new Competitions.Settings(
                        c.title(),
                        today.minusDays(2),
                        today.minusDays(1),
                        today.plusDays(30),
                        3,
                        null,
                        "MEAN",
                        true,
                        5,
                        5,
                        c.version()));
        long id = a.id();
        assertThatThrownBy(() -> applications.forward(perm, id, "Лучшая"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Региональный этап закончился");
        assertThat(applications.application(perm, id).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(applications.application(perm, late.id()).status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void noDemoAssignmentCrossesTheExpertsRegionOrADeclaredConflict() {
        long crossing = jdbc.sql("""
                        select count(*) from competition.assignments s
                        join competition.experts e on e.id = s.expert_id
                        join competition.applications a on a.id = s.application_id
                        where e.home_region = a.region_code
                           or exists (select 1 from competition.conflicts k where k.expert_id = e.id
                                      and ((k.kind = 'REGION' and k.value = a.region_code)
                                        or (k.kind = 'MUNICIPALITY' and k.value = a.oktmo)
                                        or (k.kind = 'ORGANIZATION'
                                            and k.value = cast(a.applicant_organization_id as text))))
                        """).query(Long.class).single();
        long all = jdbc.sql("""
                        select count(*) from competition.assignments s
                        join competition.applications a on a.id = s.application_id
                        join competition.competitions c on c.id = a.competition_id where c.year = 2024 and c.demo
                        """).query(Long.class).single();
        assertThat(all).isGreaterThan(200);
        assertThat(crossing).isZero();
    }
}
