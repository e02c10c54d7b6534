package ru.praktika.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.praktika.meeting.domain.MeetingFiles;
import ru.praktika.meeting.domain.MeetingQueries;
import ru.praktika.meeting.domain.MeetingService;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.shared.Actor;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * Who sees which meeting (docs/modules/meeting.md): a draft is the secretariat's, an announced meeting is seen also by
 * the councils it concerns, a held one by every signed-in user; a press release is public once published; a report on
 * an instruction is seen by the secretariat and the council responsible. Through the API, the pages, the lists, the
 * register and the desk, per role.
 */
@PraktikaTest
class MeetingVisibilityTests {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    MeetingService meetings;

    @Autowired
    MeetingFiles files;

    @Autowired
    MeetingQueries queries;

    @Autowired
    OrganizationApi organizations;

    @Autowired
    TestActors actors;

    @Test
    void aDraftMeetingIsTheSecretariatsAnAnnouncedOneItsCouncilsAHeldOneEverybodys() throws Exception {
        Actor admin = actors.actor("admin");
        String title = "Совещание о тайной повестке";
        long id = meetings.schedule(
                admin,
                new MeetingCommands.MeetingDetails(
                        title, null, LocalDateTime.of(2026, 12, 14, 10, 0), null, null, null, null, null, null, null));
        meetings.addParticipant(
                admin,
                id,
                new MeetingCommands.NewParticipant(
                        MeetingTypes.ParticipantKind.COUNCIL,
                        organizations.councilOf("59").orElseThrow().id(),
                        null,
                        null,
                        null,
                        null,
                        false));
        long item = meetings.addItem(admin, id, new MeetingCommands.NewItem("О сроках", null, null, null));
        String instruction = "Подготовить тайный план";
        long instructionId = meetings.assignInstruction(
                admin,
                id,
                meetings.adoptDecision(admin, id, item, "Подготовить план"),
                new MeetingCommands.NewInstruction(
                        instruction,
                        organizations.councilOf("59").orElseThrow().id(),
                        null,
                        LocalDate.now().minusDays(2)));

        // draft: the secretariat only, even for the invited council
        seen("admin", id, title, instruction);
        hidden("perm", id, title, instruction);
        hidden("tatarstan", id, title, instruction);
        hidden("expert", id, title, instruction);
        anonymousShut(id);
        mvc.perform(post("/api/v1/instructions/" + instructionId + "/report")
                        .with(httpBasic("perm", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"IN_PROGRESS\", \"report\": \"начали\"}"))
                .andExpect(status().isNotFound());

        // announced: the invited council too, not another region's, not an expert
        meetings.advance(admin, id, MeetingTypes.State.ANNOUNCED);
        seen("admin", id, title, instruction);
        seen("perm", id, title, instruction);
        hidden("tatarstan", id, title, instruction);
        hidden("expert", id, title, instruction);
        anonymousShut(id);

        // held: every signed-in user; the public still needs to sign in
        meetings.advance(admin, id, MeetingTypes.State.HELD);
        seen("tatarstan", id, title, instruction);
        seen("expert", id, title, instruction);
        anonymousShut(id);
    }

    @Test
    void aPressReleaseIsTheSecretariatsUntilPublishedThenPublic() throws Exception {
        Actor admin = actors.actor("admin");
        long id = meetings.schedule(
                admin,
                new MeetingCommands.MeetingDetails(
                        "Заседание о пресс-релизе",
                        null,
                        LocalDateTime.of(2026, 11, 20, 10, 0),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        meetings.advance(admin, id, MeetingTypes.State.HELD);
        meetings.draftPressRelease(admin, id);
        String headline = "Черновой заголовок о пресс-релизе";
        meetings.editPressRelease(admin, id, headline, "Черновой текст новости о заседании");

        assertThat(page("admin", "/meetings/" + id)).contains(headline);
        mvc.perform(get("/api/v1/meetings").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].pressRelease", hasItem("DRAFT")));
        for (String user : new String[] {"perm", "tatarstan", "expert"}) {
            assertThat(page(user, "/meetings/" + id)).doesNotContain(headline).doesNotContain("Черновой текст");
            mvc.perform(get("/api/v1/meetings").with(httpBasic(user, "demo")))
                    .andExpect(jsonPath("$[?(@.id == " + id + ")].pressRelease", hasItem(nullValue())));
        }
        mvc.perform(get("/news/" + id)).andExpect(status().isNotFound());
        assertThat(mvc.perform(get("/news")).andReturn().getResponse().getContentAsString())
                .doesNotContain(headline);

        meetings.publishPressRelease(admin, id);
        assertThat(page("perm", "/meetings/" + id)).contains("Черновой текст новости");
        mvc.perform(get("/news/" + id)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/meetings").with(httpBasic("expert", "demo")))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].pressRelease", hasItem("PUBLISHED")));
    }

    @Test
    void aCouncilsReportIsSeenByTheSecretariatAndThatCouncilOnly() throws Exception {
        Actor admin = actors.actor("admin");
        long id = meetings.schedule(
                admin,
                new MeetingCommands.MeetingDetails(
                        "Заседание об отчётах",
                        null,
                        LocalDateTime.of(2026, 10, 5, 10, 0),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        long item = meetings.addItem(admin, id, new MeetingCommands.NewItem("Об отчётах", null, null, null));
        long instruction = meetings.assignInstruction(
                admin,
                id,
                meetings.adoptDecision(admin, id, item, "Отчитаться"),
                new MeetingCommands.NewInstruction(
                        "Отчитаться о семинарах",
                        organizations.councilOf("59").orElseThrow().id(),
                        null,
                        LocalDate.now().plusDays(20)));
        meetings.advance(admin, id, MeetingTypes.State.HELD);
        String report = "Проведено три семинара в Кунгуре";
        meetings.reportBack(actors.actor("perm"), instruction, MeetingTypes.InstructionStatus.IN_PROGRESS, report);
        long file = files.attachToReport(actors.actor("perm"), instruction, "отчёт совета.pdf", PDF)
                .id();

        for (String user : new String[] {"admin", "perm"}) {
            mvc.perform(get("/api/v1/instructions").with(httpBasic(user, "demo")))
                    .andExpect(jsonPath("$[?(@.id == " + instruction + ")].report", hasItem(report)));
            mvc.perform(get("/api/v1/meetings/" + id).with(httpBasic(user, "demo")))
                    .andExpect(jsonPath("$.instructions[0].report", is(report)));
            mvc.perform(get("/api/v1/meetings/" + id + "/files/" + file).with(httpBasic(user, "demo")))
                    .andExpect(status().isOk());
            assertThat(page(user, "/instructions")).contains(report).contains("отчёт совета.pdf");
        }
        for (String user : new String[] {"tatarstan", "expert"}) {
            // the instruction itself is a decision of a held meeting: seen, but not the council's report
            mvc.perform(get("/api/v1/instructions").with(httpBasic(user, "demo")))
                    .andExpect(jsonPath("$[?(@.id == " + instruction + ")].text", hasItem("Отчитаться о семинарах")))
                    .andExpect(jsonPath("$[?(@.id == " + instruction + ")].report", not(hasItem(report))));
            mvc.perform(get("/api/v1/meetings/" + id).with(httpBasic(user, "demo")))
                    .andExpect(jsonPath("$.instructions[0].report", nullValue()))
                    .andExpect(jsonPath("$.instructions[0].reportedBy", nullValue()));
            mvc.perform(get("/api/v1/meetings/" + id + "/files/" + file).with(httpBasic(user, "demo")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/meetings/" + id + "/files/" + file).with(actors.as(user)))
                    .andExpect(status().isNotFound());
            assertThat(page(user, "/instructions")).doesNotContain(report).doesNotContain("отчёт совета.pdf");
            assertThat(page(user, "/meetings/" + id)).doesNotContain(report).doesNotContain("отчёт совета.pdf");
        }
        mvc.perform(get("/api/v1/instructions")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/meetings/" + id + "/files/" + file)).andExpect(status().isUnauthorized());
    }

    @Test
    void theDemoMeetingsStayVisibleToThoseTheyConcern() throws Exception {
        long august = queries.meetings().stream()
                .filter(m -> m.startsAt().getYear() == 2020)
                .findFirst()
                .orElseThrow()
                .id();
        for (String user : new String[] {"admin", "perm", "tatarstan", "expert"}) {
            mvc.perform(get("/api/v1/meetings/" + august).with(httpBasic(user, "demo")))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/meetings/" + august + "/minutes").with(httpBasic(user, "demo")))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/news/" + august)).andExpect(status().isOk());
    }

    private void seen(String user, long id, String title, String instruction) throws Exception {
        mvc.perform(get("/api/v1/meetings/" + id).with(httpBasic(user, "demo"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/meetings").with(httpBasic(user, "demo")))
                .andExpect(jsonPath("$[*].id", hasItem((int) id)));
        assertThat(page(user, "/meetings/" + id)).contains(title);
        assertThat(page(user, "/meetings?month=2026-12")).contains(title);
        mvc.perform(get("/api/v1/instructions").with(httpBasic(user, "demo")))
                .andExpect(jsonPath("$[*].text", hasItem(instruction)));
        assertThat(page(user, "/instructions")).contains(instruction);
        if (user.equals("perm")) {
            assertThat(page(user, "/desk")).contains(instruction);
        }
    }

    private void hidden(String user, long id, String title, String instruction) throws Exception {
        mvc.perform(get("/api/v1/meetings/" + id).with(httpBasic(user, "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", is("Совещание №" + id + " не найдено")));
        mvc.perform(get("/api/v1/meetings/" + id + "/minutes").with(httpBasic(user, "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings/" + id + "/calendar.ics").with(httpBasic(user, "demo")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings").with(httpBasic(user, "demo")))
                .andExpect(jsonPath("$[*].id", not(hasItem((int) id))));
        mvc.perform(get("/meetings/" + id).with(actors.as(user))).andExpect(status().isNotFound());
        assertThat(page(user, "/meetings?month=2026-12")).doesNotContain(title);
        mvc.perform(get("/api/v1/instructions").with(httpBasic(user, "demo")))
                .andExpect(jsonPath("$[*].text", not(hasItem(instruction))));
        assertThat(page(user, "/instructions")).doesNotContain(instruction);
        assertThat(page(user, "/desk")).doesNotContain(instruction);
    }

    private void anonymousShut(long id) throws Exception {
        mvc.perform(get("/api/v1/meetings/" + id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/meetings")).andExpect(status().isUnauthorized());
        mvc.perform(get("/meetings/" + id)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/instructions")).andExpect(status().is3xxRedirection());
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(actors.as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
