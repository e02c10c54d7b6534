package ru.praktika.meeting.web;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.praktika.meeting.MeetingCommands;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.MeetingView;
import ru.praktika.meeting.domain.MeetingDocuments;
import ru.praktika.meeting.domain.MeetingQueries;
import ru.praktika.meeting.domain.MeetingService;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.shared.CurrentActor;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.web.FormActions;
import ru.praktika.territory.RegionMap;
import ru.praktika.territory.TerritoryApi;

/** The secretary's pages: the list and calendar, the record of a meeting, the register of instructions. */
@Controller
class MeetingPageController {

    private final MeetingService meetings;
    private final MeetingQueries queries;
    private final MeetingDocuments documents;
    private final OrganizationApi organizations;
    private final TerritoryApi territory;
    private final RegionMap map;
    private final ru.praktika.meeting.domain.MeetingFiles files;
    private final ru.praktika.meeting.domain.AgendaItemVotes itemVotes;

    MeetingPageController(
            ru.praktika.meeting.domain.AgendaItemVotes itemVotes,
            ru.praktika.meeting.domain.MeetingFiles files,
            MeetingService meetings,
            MeetingQueries queries,
            MeetingDocuments documents,
            OrganizationApi organizations,
            TerritoryApi territory,
            RegionMap map) {
        this.meetings = meetings;
        this.queries = queries;
        this.documents = documents;
        this.organizations = organizations;
        this.territory = territory;
        this.map = map;
        this.files = files;
        this.itemVotes = itemVotes;
    }

    @GetMapping("/meetings")
    String list(@RequestParam(required = false) String month, Model model) {
        var meetingList = meetings.meetings(CurrentActor.get());
        java.time.YearMonth shown = MeetingCalendar.month(month);
        model.addAttribute("meetings", meetingList);
        model.addAttribute("month", shown);
        model.addAttribute("weeks", MeetingCalendar.weeks(shown, meetingList));
        model.addAttribute("canRecord", MeetingService.canRecord(CurrentActor.get()));
        return "meeting/list";
    }

    @GetMapping("/meetings/new")
    String newMeeting(Model model) {
        model.addAttribute("kinds", MeetingTypes.Kind.values());
        return "meeting/new";
    }

    @PostMapping("/meetings")
    String schedule(
            @RequestParam(required = false) String title,
            @RequestParam(defaultValue = "VIDEO") MeetingTypes.Kind kind,
            @RequestParam(required = false) String startsAt,
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String link,
            @RequestParam(required = false) String chairName,
            @RequestParam(required = false) String chairPosition,
            @RequestParam(required = false) String secretaryName,
            Model model) {
        try {
            LocalDateTime starts = startsAt == null || startsAt.isBlank() ? null : typedDateTime(startsAt);
            long id = meetings.schedule(
                    CurrentActor.get(),
                    new MeetingCommands.MeetingDetails(
                            title,
                            kind,
                            starts,
                            null,
                            null,
                            place,
                            link,
                            null,
                            chairName,
                            chairPosition,
                            secretaryName));
            return "redirect:/meetings/" + id;
        } catch (InvalidRequestException | java.time.format.DateTimeParseException e) {
            model.addAttribute(
                    "problem",
                    e instanceof InvalidRequestException ? e.getMessage() : "Дата и время в виде дд.мм.гггг чч:мм");
            model.addAttribute(
                    "fieldErrors",
                    e instanceof InvalidRequestException invalid
                            ? invalid.errors()
                            : Map.of("startsAt", "Дата и время в виде дд.мм.гггг чч:мм"));
            model.addAttribute("kinds", MeetingTypes.Kind.values());
            model.addAttribute(
                    "typed",
                    Map.of(
                            "title",
                            FormActions.typed(title),
                            "startsAt",
                            FormActions.typed(startsAt),
                            "place",
                            FormActions.typed(place),
                            "link",
                            FormActions.typed(link),
                            "chairName",
                            FormActions.typed(chairName),
                            "chairPosition",
                            FormActions.typed(chairPosition),
                            "secretaryName",
                            FormActions.typed(secretaryName)));
            return "meeting/new";
        }
    }

    @GetMapping("/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        MeetingView m = meetings.meeting(CurrentActor.get(), id);
        model.addAttribute("meeting", m);
        model.addAttribute("canRecord", MeetingService.canRecord(CurrentActor.get()));
        model.addAttribute(
                "pressRelease", meetings.pressRelease(CurrentActor.get(), id).orElse(null));
        model.addAttribute("files", files.files(CurrentActor.get(), id));
        model.addAttribute("itemVotes", itemVotes.votesOf(CurrentActor.get(), id));
        model.addAttribute(
                "proposed",
                m.state() == MeetingTypes.State.CLOSED ? List.of() : meetings.proposedFor(CurrentActor.get(), id));
        model.addAttribute("organizations", organizations.organizations(null));
        model.addAttribute("roles", MeetingTypes.SpeechRole.values());
        model.addAttribute("kinds", MeetingTypes.ParticipantKind.values());
        Map<String, String> classes = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (MeetingView.Participant p : m.participants()) {
            if (p.kind() == MeetingTypes.ParticipantKind.COUNCIL && p.regionCode() != null) {
                classes.put(p.regionCode(), p.present() ? "region present" : "region absent");
                titles.put(p.regionCode(), p.organizationName() + (p.present() ? " — на связи" : " — нет"));
            }
        }
        // the map and its note show the subjects of the meeting's day: no ДНР on a 2020 roll call
        var regions = territory.regionsOn(m.date());
        model.addAttribute("map", map.svg(regions, classes, titles, "Перекличка советов по регионам"));
        model.addAttribute("offMap", map.missingFrom(regions));
        model.addAttribute("invited", classes.size());
        model.addAttribute("subjects", regions.size());
        return "meeting/meeting";
    }

    @PostMapping("/meetings/{id}/actions/{action}")
    String advance(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect) {
        MeetingTypes.State to = switch (action) {
            case "announce" -> MeetingTypes.State.ANNOUNCED;
            case "hold" -> MeetingTypes.State.HELD;
            case "close" -> MeetingTypes.State.CLOSED;
            default -> throw new InvalidRequestException("Неизвестное действие");
        };
        return act(id, redirect, "meeting.saved", () -> meetings.advance(CurrentActor.get(), id, to));
    }

    @PostMapping("/meetings/{id}/invite-councils")
    String invite(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.invited", () -> meetings.inviteAllCouncils(CurrentActor.get(), id));
    }

    /** The roll call: the boxes ticked are present, the others absent. */
    @PostMapping("/meetings/{id}/roll-call")
    String rollCall(
            @PathVariable long id,
            @RequestParam(name = "present", required = false) List<Long> present,
            RedirectAttributes redirect) {
        Set<Long> ticked = present == null ? Set.of() : new HashSet<>(present);
        return act(id, redirect, "meeting.saved", () -> {
            for (MeetingView.Participant p :
                    meetings.meeting(CurrentActor.get(), id).participants()) {
                if (p.present() != ticked.contains(p.id())) {
                    meetings.markPresence(CurrentActor.get(), id, p.id(), ticked.contains(p.id()), null, null);
                }
            }
        });
    }

    @PostMapping("/meetings/{id}/participants")
    String addParticipant(
            @PathVariable long id,
            @RequestParam(defaultValue = "OTHER") MeetingTypes.ParticipantKind kind,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false) String personName,
            @RequestParam(required = false) String position,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "meeting.saved",
                () -> meetings.addParticipant(
                        CurrentActor.get(),
                        id,
                        new MeetingCommands.NewParticipant(
                                kind, organizationId, null, null, personName, position, true)));
    }

    @PostMapping("/meetings/{id}/items")
    String addItem(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String durationMinutes,
            @RequestParam(required = false) String subject,
            RedirectAttributes redirect) {
        Map<String, String> typed = Map.of(
                "form",
                "item",
                "title",
                FormActions.typed(title),
                "durationMinutes",
                FormActions.typed(durationMinutes),
                "subject",
                FormActions.typed(subject));
        return act(id, redirect, "meeting.saved", typed, () -> {
            Integer minutes = null;
            if (durationMinutes != null && !durationMinutes.isBlank()) {
                try {
                    minutes = Integer.valueOf(durationMinutes.strip());
                } catch (NumberFormatException e) {
                    throw InvalidRequestException.ofFields(
                            Map.of("durationMinutes", "Продолжительность — целое число минут"));
                }
            }
            meetings.addItem(CurrentActor.get(), id, new MeetingCommands.NewItem(title, minutes, subject, null));
        });
    }

    @PostMapping("/meetings/{id}/items/{itemId}/speeches")
    String addSpeech(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(defaultValue = "SPEAKER") MeetingTypes.SpeechRole role,
            @RequestParam(required = false) String personName,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) String summary,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "meeting.saved",
                () -> meetings.addSpeech(
                        CurrentActor.get(),
                        id,
                        itemId,
                        new MeetingCommands.NewSpeech(role, personName, position, summary)));
    }

    @PostMapping("/meetings/{id}/items/{itemId}/decisions")
    String adopt(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        return act(id, redirect, "meeting.saved", () -> meetings.adoptDecision(CurrentActor.get(), id, itemId, text));
    }

    @PostMapping("/meetings/{id}/instructions")
    String assign(
            @PathVariable long id,
            @RequestParam(required = false) Long decisionId,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) Long assigneeOrganizationId,
            @RequestParam(required = false) String assigneeName,
            @RequestParam(required = false) String deadline,
            RedirectAttributes redirect) {
        Map<String, String> typed = Map.of(
                "form",
                "instruction",
                "decisionId",
                decisionId == null ? "" : decisionId.toString(),
                "text",
                FormActions.typed(text),
                "assigneeName",
                FormActions.typed(assigneeName),
                "deadline",
                FormActions.typed(deadline));
        return act(
                id,
                redirect,
                "meeting.saved",
                typed,
                () -> meetings.assignInstruction(
                        CurrentActor.get(),
                        id,
                        decisionId,
                        new MeetingCommands.NewInstruction(
                                text,
                                assigneeOrganizationId,
                                assigneeName,
                                ru.praktika.shared.RussianDates.parseInput(deadline))));
    }

    @PostMapping("/meetings/{id}/take-up/{instructionId}")
    String takeUp(@PathVariable long id, @PathVariable long instructionId, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.saved", () -> meetings.takeUpOverdue(CurrentActor.get(), id, instructionId));
    }

    @PostMapping("/meetings/{id}/closing")
    String closing(
            @PathVariable long id,
            @RequestParam(required = false) String closingName,
            @RequestParam(required = false) String closingPosition,
            @RequestParam(required = false) String closingRemarks,
            RedirectAttributes redirect) {
        return act(
                id,
                redirect,
                "meeting.saved",
                () -> meetings.recordClosing(
                        CurrentActor.get(),
                        id,
                        new MeetingCommands.Closing(closingName, closingPosition, closingRemarks)));
    }

    @PostMapping("/meetings/{id}/press-release/draft")
    String draft(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.pressDrafted", () -> meetings.draftPressRelease(CurrentActor.get(), id));
    }

    @PostMapping("/meetings/{id}/press-release")
    String edit(
            @PathVariable long id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String text,
            RedirectAttributes redirect) {
        return act(id, redirect, "meeting.saved", () -> meetings.editPressRelease(CurrentActor.get(), id, title, text));
    }

    @PostMapping("/meetings/{id}/press-release/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "meeting.published", () -> meetings.publishPressRelease(CurrentActor.get(), id));
    }

    @PostMapping("/meetings/{id}/items/{itemId}/materials")
    String material(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect)
            throws java.io.IOException {
        byte[] bytes = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return act(
                id, redirect, "meeting.saved", () -> files.attachMaterial(CurrentActor.get(), id, itemId, name, bytes));
    }

    @PostMapping("/instructions/{id}/files")
    String reportFile(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) org.springframework.web.multipart.MultipartFile file,
            RedirectAttributes redirect)
            throws java.io.IOException {
        try {
            files.attachToReport(
                    CurrentActor.get(),
                    id,
                    file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes());
            redirect.addFlashAttribute("notice", "meeting.reported");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/instructions";
    }

    @GetMapping("/instructions/{id}/files/{fileId}")
    ResponseEntity<byte[]> reportFileDownload(@PathVariable long id, @PathVariable long fileId) {
        return MeetingDownloads.file(files.downloadReportFile(CurrentActor.get(), id, fileId));
    }

    @GetMapping("/meetings/{id}/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId) {
        return MeetingDownloads.file(files.download(CurrentActor.get(), id, fileId));
    }

    @GetMapping("/meetings/{id}/minutes")
    ResponseEntity<byte[]> minutes(@PathVariable long id, @RequestParam(defaultValue = "DOCX") String format) {
        return MeetingDownloads.minutes(documents, id, format);
    }

    @GetMapping("/meetings/{id}/calendar.ics")
    ResponseEntity<byte[]> ics(@PathVariable long id) {
        return MeetingDownloads.ics(documents, id);
    }

    @GetMapping("/instructions")
    String register(
            @RequestParam(required = false) MeetingTypes.InstructionStatus status,
            @RequestParam(required = false) String assignee,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) MeetingTypes.InstructionOrigin origin,
            Model model) {
        model.addAttribute(
                "instructions", meetings.instructions(CurrentActor.get(), status, assignee, overdue, origin));
        model.addAttribute("origin", origin);
        model.addAttribute("origins", MeetingTypes.InstructionOrigin.values());
        model.addAttribute("status", status);
        model.addAttribute("assignee", assignee);
        model.addAttribute("overdue", overdue);
        model.addAttribute("statuses", MeetingTypes.InstructionStatus.values());
        model.addAttribute("actor", CurrentActor.get());
        model.addAttribute("reportFiles", files.reportFiles(CurrentActor.get()));
        return "meeting/instructions";
    }

    @PostMapping("/instructions/{id}/report")
    String report(
            @PathVariable long id,
            @RequestParam MeetingTypes.InstructionStatus status,
            @RequestParam(required = false) String report,
            RedirectAttributes redirect) {
        try {
            meetings.reportBack(CurrentActor.get(), id, status, report);
            redirect.addFlashAttribute("notice", "meeting.reported");
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/instructions";
    }

    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        return act(id, redirect, notice, Map.of(), action);
    }

    /** Does it and goes back to the meeting; a refused form comes back with what was typed and the field's message. */
    private String act(
            long id, RedirectAttributes redirect, String notice, Map<String, String> typed, Runnable action) {
        return FormActions.act("/meetings/" + id, redirect, notice, typed, action);
    }

    /** «21.12.2026 11:00» as a person types it (or 2026-12-21T11:00 from older clients). */
    static LocalDateTime typedDateTime(String text) {
        String t = text.strip();
        if (t.contains("T")) {
            return LocalDateTime.parse(t);
        }
        String[] parts = t.split("\\s+", 2);
        java.time.LocalDate day = ru.praktika.shared.RussianDates.parse(parts[0]);
        if (day == null || parts.length < 2) {
            throw new java.time.format.DateTimeParseException("дата и время", t, 0);
        }
        return day.atTime(java.time.LocalTime.parse(parts[1].replace('.', ':')));
    }
}
