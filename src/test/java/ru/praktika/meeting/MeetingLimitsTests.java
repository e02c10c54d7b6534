package ru.praktika.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.praktika.meeting.domain.MeetingService;
import ru.praktika.shared.Actor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.support.PraktikaTest;
import ru.praktika.support.TestActors;

/**
 * A meeting's durations, dates and texts have bounds: no negative or day-long agenda item, no year 99999, no
 * megabyte of text. The service refuses them (400 with the field's Russian message), the API says so before, and
 * the page gives the form back with what was typed and the message beside the field.
 */
@PraktikaTest
class MeetingLimitsTests {

    private static final String MEGABYTE = "ж".repeat(1024 * 1024);

    @Autowired
    MeetingService meetings;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestActors actors;

    @Test
    void theServiceRefusesAbsurdDurationsDatesAndTexts() {
        Actor admin = actors.actor("admin");
        assertRefused(
                () -> meetings.schedule(admin, details("Совещание", LocalDateTime.of(2027, 3, 1, 10, 0), -5)),
                "durationMinutes");
        assertRefused(
                () -> meetings.schedule(admin, details("Совещание", LocalDateTime.of(2027, 3, 1, 10, 0), 100_000)),
                "durationMinutes");
        assertRefused(
                () -> meetings.schedule(admin, details("Совещание", LocalDateTime.of(99999, 3, 1, 10, 0), 60)),
                "startsAt");
        assertRefused(
                () -> meetings.schedule(admin, details(MEGABYTE, LocalDateTime.of(2027, 3, 1, 10, 0), 60)), "title");

        long id = meetings.schedule(admin, details("Совещание о границах", LocalDateTime.of(2027, 3, 1, 10, 0), 90));
        assertRefused(
                () -> meetings.addItem(admin, id, new MeetingCommands.NewItem("Вопрос", -1, null, null)),
                "durationMinutes");
        assertRefused(
                () -> meetings.addItem(admin, id, new MeetingCommands.NewItem("Вопрос", 5000, null, null)),
                "durationMinutes");
        assertRefused(
                () -> meetings.addItem(admin, id, new MeetingCommands.NewItem(MEGABYTE, 10, null, null)), "title");
        long item = meetings.addItem(admin, id, new MeetingCommands.NewItem("Вопрос", 10, null, null));
        assertRefused(
                () -> meetings.addSpeech(
                        admin, id, item, new MeetingCommands.NewSpeech(null, "Иванов", null, MEGABYTE)),
                "summary");
        long decision = meetings.adoptDecision(admin, id, item, "Решили");
        assertRefused(
                () -> meetings.assignInstruction(
                        admin,
                        id,
                        decision,
                        new MeetingCommands.NewInstruction("Сделать", null, "Совет", LocalDate.of(2150, 1, 1))),
                "deadline");
        assertRefused(
                () -> meetings.assignInstruction(
                        admin,
                        id,
                        decision,
                        new MeetingCommands.NewInstruction(MEGABYTE, null, "Совет", LocalDate.of(2027, 6, 1))),
                "text");
        assertRefused(
                () -> meetings.recordClosing(admin, id, new MeetingCommands.Closing("Иванов", null, MEGABYTE)),
                "closingRemarks");
        assertThat(meetings.meeting(admin, id).items()).hasSize(1);
    }

    @Test
    void theApiAnswersARussian400() throws Exception {
        for (String body : new String[] {
            "{\"title\": \"Совещание\", \"startsAt\": \"2027-03-01T10:00\", \"durationMinutes\": -5}",
            "{\"title\": \"Совещание\", \"startsAt\": \"+99999-03-01T10:00\"}",
            "{\"title\": \"Совещание\", \"startsAt\": \"2101-03-01T10:00\"}",
            "{\"title\": \"" + MEGABYTE + "\", \"startsAt\": \"2027-03-01T10:00\"}"
        }) {
            String answer = mvc.perform(post("/api/v1/meetings")
                            .with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(answer)
                    .as(body.length() > 200 ? "a megabyte title" : body)
                    .contains("\"title\":\"Некорректный запрос\"")
                    .containsAnyOf("Продолжительность", "Дата — между 2000 и 2100", "Не длиннее 500 знаков");
        }
    }

    @Test
    void thePageGivesTheFormBackWithWhatWasTypedAndTheMessageBesideTheField() throws Exception {
        String html = mvc.perform(post("/meetings")
                        .param("title", MEGABYTE)
                        .param("startsAt", "01.03.2027 10:00")
                        .param("place", "Москва, ул. Ильинка, 1")
                        .with(csrf())
                        .with(actors.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("class=\"field-error\">Не длиннее 500 знаков</p>")
                .contains("value=\"01.03.2027 10:00\"")
                .contains("Москва, ул. Ильинка, 1");

        long id = meetings.schedule(
                actors.actor("admin"), details("Совещание с повесткой", LocalDateTime.of(2027, 4, 1, 10, 0), 60));
        MvcResult refused = mvc.perform(post("/meetings/" + id + "/items")
                        .param("title", "О бюджете на 2028 год")
                        .param("durationMinutes", "-30")
                        .with(csrf())
                        .with(actors.as("admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        // the flash travels in the session (Spring Session's cookie), as it does for the browser
        jakarta.servlet.http.Cookie session = refused.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        String page = mvc.perform(get("/meetings/" + id).cookie(session).with(actors.as("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .as("flash %s", refused.getFlashMap())
                .contains("Продолжительность — от 1 до 600 минут")
                .contains("value=\"О бюджете на 2028 год\"")
                .contains("value=\"-30\"");
        assertThat(meetings.meeting(actors.actor("admin"), id).items()).isEmpty();
    }

    private static MeetingCommands.MeetingDetails details(String title, LocalDateTime startsAt, Integer minutes) {
        return new MeetingCommands.MeetingDetails(
                title, null, startsAt, null, minutes, null, null, null, null, null, null);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidRequestException.class)
                .satisfies(
                        e -> assertThat(((InvalidRequestException) e).errors()).containsKey(field));
    }
}
