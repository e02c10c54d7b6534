package ru.praktika.partnership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.meeting.InstructionView;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.domain.MeetingService;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.partnership.domain.AgreementTerms;
import ru.praktika.partnership.domain.Agreements;
import ru.praktika.partnership.domain.Partners;
import ru.praktika.partnership.domain.Programmes;
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
 * Partnerships (docs/modules/partnership.md): the demo agreement prepared on the meeting's instruction, the lifecycle
 * with its refusals and history, the one register of instructions with the agreements' obligations, the terms kept by
 * the clock with one reminder, and who sees and does what, per role and region.
 */
@PraktikaTest
class PartnershipTests {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Agreements agreements;

    @Autowired
    Partners partners;

    @Autowired
    Programmes programmes;

    @Autowired
    AgreementTerms terms;

    @Autowired
    MeetingService meetings;

    @Autowired
    PracticeService practices;

    @Autowired
    OrganizationApi organizations;

    @Autowired
    TestActors actors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    private Actor admin() {
        return actors.actor("admin");
    }

    private AgreementView demoAgreement() {
        long id = agreements.agreements(admin(), null, null).stream()
                .filter(a -> a.number().equals("3"))
                .findFirst()
                .orElseThrow()
                .id();
        return agreements.agreement(admin(), id);
    }

    private long partner(String name) {
        return partners.partners(admin()).stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long draft(String number, LocalDate from, LocalDate until) {
        return agreements.draft(
                admin(),
                new PartnershipCommands.NewAgreement(
                        number,
                        "Соглашение для теста " + number,
                        "Предмет",
                        "Цецерский Иван Николаевич",
                        "председатель Правления",
                        List.of(new PartnershipCommands.PartyDetails(
                                partner("Союз российских городов"), "Игнатьева Александра", "генеральный директор")),
                        from,
                        until,
                        30,
                        null));
    }

    @Test
    void theDemoAgreementWasPreparedOnTheMeetingsInstructionAndIsActiveWithItsScanAndObligations() {
        AgreementView a = demoAgreement();
        assertThat(a.label()).isEqualTo("Соглашение № 3 с Ассоциацией волонтерских центров");
        assertThat(a.state()).isEqualTo(AgreementState.ACTIVE);
        assertThat(a.hasScan()).isTrue();
        assertThat(a.instructionLabel()).startsWith("поручению совещания 26.08.2020");
        assertThat(a.history())
                .extracting(AgreementView.Transition::to)
                .containsExactly(
                        AgreementState.DRAFT, AgreementState.AGREED, AgreementState.SIGNED, AgreementState.ACTIVE);
        assertThat(a.obligations()).hasSize(3);
        assertThat(a.obligations()).filteredOn(InstructionView::overdue).hasSize(1);
        assertThat(a.obligations())
                .filteredOn(i -> i.status() == MeetingTypes.InstructionStatus.DONE)
                .hasSize(1);
        assertThat(a.programmes()).extracting(ProgrammeSummary::title).contains("Доброволец России");

        InstructionView meetingInstruction = meetings.instructions(admin(), null, null, false).stream()
                .filter(i -> i.id() == a.instructionId())
                .findFirst()
                .orElseThrow();
        assertThat(meetingInstruction.producedAgreementId()).isEqualTo(a.id());
        assertThat(meetingInstruction.producedAgreementLabel()).isEqualTo(a.label());

        List<InstructionView> register =
                meetings.instructions(admin(), null, null, true, MeetingTypes.InstructionOrigin.AGREEMENT);
        assertThat(register).anySatisfy(i -> {
            assertThat(i.agreementId()).isEqualTo(a.id());
            assertThat(i.meetingId()).isNull();
            assertThat(i.originLink()).isEqualTo("/agreements/" + a.id());
        });
        assertThat(meetings.instructions(admin(), null, null, false, MeetingTypes.InstructionOrigin.MEETING))
                .allSatisfy(i -> assertThat(i.meetingId()).isNotNull());

        ProgrammeView g = programmes.programme(
                admin(),
                a.programmes().stream()
                        .filter(p -> p.title().equals("Доброволец России"))
                        .findFirst()
                        .orElseThrow()
                        .id());
        assertThat(g.regions()).hasSizeBetween(30, 40).contains("59");
        assertThat(g.kpis()).hasSize(3);
        assertThat(g.kpis().get(0).values()).containsKeys(2020, 2021, 2022);
    }

    @Test
    void anAgreementGoesFromDraftToActiveOnlyByTheAllowedStepsAndEachStepIsRecorded() {
        Actor admin = admin();
        long id = draft("Т-1", LocalDate.of(2026, 1, 1), LocalDate.of(2030, 12, 31));
        assertThatThrownBy(() -> agreements.activate(admin, id, null))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Соглашение в состоянии «проект» нельзя перевести в «действует»");
        agreements.agree(admin, id, new PartnershipCommands.Transition(LocalDate.of(2026, 1, 15), null));
        assertThatThrownBy(() -> agreements.sign(admin, id, null))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("приложив скан");
        assertThatThrownBy(() -> agreements.attach(
                        admin, id, true, "скан.docx", "PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> agreements.attach(admin, id, true, "пусто.pdf", new byte[0]))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("20 МБ");
        agreements.attach(admin, id, true, "скан.pdf", PDF);
        assertThatThrownBy(() ->
                        agreements.sign(admin, id, new PartnershipCommands.Transition(LocalDate.of(2026, 1, 10), null)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("15.01.2026");
        agreements.sign(admin, id, new PartnershipCommands.Transition(LocalDate.of(2026, 2, 1), null));
        agreements.activate(admin, id, null);
        assertThatThrownBy(() -> agreements.terminate(admin, id, new PartnershipCommands.Transition(null, " ")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("причину");
        AgreementView t = agreements.terminate(
                admin, id, new PartnershipCommands.Transition(null, "Партнёр прекратил деятельность"));
        assertThat(t.state()).isEqualTo(AgreementState.TERMINATED);
        assertThat(t.terminationReason()).isEqualTo("Партнёр прекратил деятельность");
        assertThat(t.history()).hasSize(5).last().satisfies(h -> {
            assertThat(h.from()).isEqualTo(AgreementState.ACTIVE);
            assertThat(h.actor()).isEqualTo("admin");
        });
        assertThat(jdbc.sql(
                                "select count(*) from audit.audit_events where object_type = 'agreement' and object_id = :id")
                        .param("id", String.valueOf(id))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(6);
        assertThatThrownBy(() -> agreements.addObligation(
                        admin,
                        id,
                        new PartnershipCommands.NewObligation("Сделать", null, "ВАРМСУ", LocalDate.of(2027, 1, 1))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void draftsAreTheSecretariatsAndSignedAgreementsEverySignedInUsers() {
        long id = draft("Т-2", null, null);
        assertThat(agreements.agreement(admin(), id).openEnded()).isTrue();
        for (String role : List.of("expert", "perm", "tatarstan")) {
            assertThatThrownBy(() -> agreements.agreement(actors.actor(role), id))
                    .isInstanceOf(NotFoundException.class);
            assertThat(agreements.agreements(actors.actor(role), null, null)).noneMatch(a -> a.id() == id);
            assertThatThrownBy(() -> agreements.agree(actors.actor(role), id, null))
                    .isInstanceOf(NotFoundException.class);
        }
        long demo = demoAgreement().id();
        for (String role : List.of("expert", "perm", "tatarstan")) {
            assertThat(agreements.agreement(actors.actor(role), demo).state()).isEqualTo(AgreementState.ACTIVE);
        }
        assertThatThrownBy(() -> agreements.agreements(Actor.ANONYMOUS, null, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCouncilResponsibleReportsOnAnObligationInTheRegisterAndOnlyIt() {
        AgreementView a = demoAgreement();
        InstructionView perms = a.obligations().stream()
                .filter(i -> "59".equals(i.assigneeRegion()))
                .findFirst()
                .orElseThrow();
        assertThat(perms.overdue()).isTrue();
        assertThat(meetings.instructions(actors.actor("perm"), null, null, true))
                .extracting(InstructionView::id)
                .contains(perms.id());
        assertThat(meetings.instructions(actors.actor("tatarstan"), null, null, false))
                .extracting(InstructionView::id)
                .doesNotContain(perms.id());
        assertThat(meetings.instructions(actors.actor("expert"), null, null, false))
                .extracting(InstructionView::id)
                .doesNotContain(perms.id());
        assertThatThrownBy(() -> meetings.reportBack(
                        actors.actor("tatarstan"), perms.id(), MeetingTypes.InstructionStatus.DONE, "Сделано"))
                .isInstanceOf(NotFoundException.class);
        meetings.reportBack(
                actors.actor("perm"), perms.id(), MeetingTypes.InstructionStatus.IN_PROGRESS, "Практики собираются");
        InstructionView after = agreements.agreement(actors.actor("perm"), a.id()).obligations().stream()
                .filter(i -> i.id() == perms.id())
                .findFirst()
                .orElseThrow();
        assertThat(after.status()).isEqualTo(MeetingTypes.InstructionStatus.IN_PROGRESS);
        assertThat(after.report()).isEqualTo("Практики собираются");
        assertThat(agreements.agreement(actors.actor("tatarstan"), a.id()).obligations().stream()
                        .filter(i -> i.id() == perms.id())
                        .findFirst()
                        .orElseThrow()
                        .report())
                .isNull();
    }

    @Test
    void theClockActivatesExpiresAndRemindsOncePerTerm() {
        Actor admin = admin();
        long soon = draft("Т-3", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 12, 20));
        agreements.agree(admin, soon, new PartnershipCommands.Transition(LocalDate.of(2026, 2, 10), null));
        agreements.attach(admin, soon, true, "скан.pdf", PDF);
        agreements.sign(admin, soon, new PartnershipCommands.Transition(LocalDate.of(2026, 2, 20), null));
        terms.tick(LocalDate.of(2026, 3, 1));
        assertThat(agreements.agreement(admin, soon).state()).isEqualTo(AgreementState.ACTIVE);
        assertThat(agreements.agreement(admin, soon).history())
                .last()
                .satisfies(h -> assertThat(h.actor()).isEqualTo("system"));

        terms.tick(LocalDate.of(2026, 11, 25));
        terms.tick(LocalDate.of(2026, 11, 26));
        assertThat(jdbc.sql("select count(*) from notification.notifications where link = :l")
                        .param("l", "/agreements/" + soon)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        terms.tick(LocalDate.of(2026, 12, 21));
        assertThat(agreements.agreement(admin, soon).state()).isEqualTo(AgreementState.EXPIRED);
        assertThat(agreements.agreement(actors.actor("perm"), soon).state()).isEqualTo(AgreementState.EXPIRED);
    }

    @Test
    void aCouncilLinksItsOwnPracticeToAProgrammeItsRegionTakesPartIn() {
        Actor admin = admin();
        long programme = programmes.create(
                admin,
                new PartnershipCommands.NewProgramme(demoAgreement().id(), "Программа для теста", null, 2026, 2027));
        programmes.setRegions(admin, programme, List.of("59"));
        assertThatThrownBy(() -> programmes.setRegions(admin, programme, List.of("99")))
                .isInstanceOf(InvalidRequestException.class);
        PracticeCard perm = practices.create(
                actors.actor("perm"),
                Drafts.draft(
                        2026,
                        "59",
                        "57735000",
                        "Практика добровольцев Прикамья",
                        "Проблема",
                        null,
                        "Описание",
                        List.of()));
        PracticeCard tatar = practices.create(
                actors.actor("tatarstan"),
                Drafts.draft(
                        2026,
                        "16",
                        "92701000",
                        "Практика добровольцев Татарстана",
                        "Проблема",
                        null,
                        "Описание",
                        List.of()));
        assertThatThrownBy(() -> programmes.link(
                        actors.actor("tatarstan"),
                        programme,
                        new PartnershipCommands.NewLink(ProgrammeView.LinkKind.PRACTICE, tatar.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> programmes.link(
                        actors.actor("expert"),
                        programme,
                        new PartnershipCommands.NewLink(ProgrammeView.LinkKind.PRACTICE, perm.id())))
                .isInstanceOf(AccessDeniedException.class);
        programmes.link(
                actors.actor("perm"),
                programme,
                new PartnershipCommands.NewLink(ProgrammeView.LinkKind.PRACTICE, perm.id()));
        assertThatThrownBy(() -> programmes.link(
                        actors.actor("perm"),
                        programme,
                        new PartnershipCommands.NewLink(ProgrammeView.LinkKind.APPLICATION, 1L)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(programmes.programme(actors.actor("tatarstan"), programme).links())
                .extracting(ProgrammeView.Link::title)
                .containsExactly("Практика добровольцев Прикамья");
        assertThatThrownBy(() -> programmes.setKpiValue(
                        admin,
                        programme,
                        programmes.addKpi(admin, programme, new PartnershipCommands.NewKpi("Заявки", "заявок")),
                        new PartnershipCommands.KpiValue(2020, null, null)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("2026");
    }

    @Test
    void aRefusedFormComesBackWithWhatWasTypedAndTheFieldsMessage() throws Exception {
        String page = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/agreements/new")
                                .param("number", "Т-99")
                                .param("title", "Соглашение без партнёров")
                                .param("validUntil", "через год")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .with(actors.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Соглашение без партнёров", "Не удалось прочитать дату «через год»");
        page = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/agreements/new")
                                .param("number", "Т-99")
                                .param("title", "Соглашение без партнёров")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .with(actors.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Выберите хотя бы одного партнёра", "value=\"Т-99\"");
        assertThat(agreements.agreements(admin(), null, null))
                .noneMatch(a -> a.number().equals("Т-99"));
        long avc = partner("Ассоциация волонтерских центров");
        mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/partners/" + avc)
                                .param("inn", "123")
                                .param("contactPerson", "Новое лицо")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf())
                                .with(actors.as("admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", "Данные заполнены с ошибками: ИНН — 10 или 12 цифр"));
        assertThat(partners.partner(admin(), avc).contactPerson()).isEqualTo("Метелев Артем (демо)");
        mvc.perform(get("/partners/" + avc).with(actors.as("admin"))).andExpect(status().isOk());
        mvc.perform(get("/agreements/new").with(actors.as("perm"))).andExpect(status().isForbidden());
    }

    @Test
    void thePagesShowTheAgreementItsObligationsInTheRegisterAndTheProgrammesMap() throws Exception {
        AgreementView a = demoAgreement();
        String page = mvc.perform(get("/agreements/" + a.id()).with(actors.as("expert")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Подготовлено по поручению совещания 26.08.2020", "Соглашение № 3 (скан).pdf");
        String register = mvc.perform(get("/instructions?origin=AGREEMENT").with(actors.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(register).contains("Соглашение № 3 с Ассоциацией волонтерских центров");
        String meeting = mvc.perform(get("/instructions?origin=MEETING").with(actors.as("admin")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(meeting).contains("→ Соглашение № 3 с Ассоциацией волонтерских центров");
        String programme = mvc.perform(get("/programmes/"
                                + a.programmes().stream()
                                        .filter(p -> p.title().equals("Доброволец России"))
                                        .findFirst()
                                        .orElseThrow()
                                        .id())
                        .with(actors.as("perm")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(programme).contains("region-map", "1\u00a0240", "Участвуют регионов: 36");
        mvc.perform(get("/agreements")).andExpect(status().is3xxRedirection());
    }
}
