package ru.praktika.meeting.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.meeting.InstructionView;
import ru.praktika.meeting.MeetingCommands;
import ru.praktika.meeting.MeetingTypes;
import ru.praktika.meeting.MeetingView;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.organization.OrganizationView;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.RussianDates;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * Recording a meeting, by the association's secretariat: schedule, announce, hold, close; invite all regional
 * councils at once and mark the roll call; agenda items with speakers; decisions and instructions; the closing
 * remarks; the press release. Those responsible for an instruction report back. Every write is audited.
 */
@Service
public class MeetingService {

    /** Names, positions, places, links, subjects. */
    static final int SHORT = MeetingCommands.SHORT_TEXT;

    /** Summaries, decisions, instructions, reports, remarks. */
    static final int LONG = MeetingCommands.LONG_TEXT;

    static final int MAX_MEETING_MINUTES = MeetingCommands.MAX_MEETING_MINUTES;
    static final int MAX_ITEM_MINUTES = MeetingCommands.MAX_ITEM_MINUTES;

    private final JdbcClient jdbc;
    private final MeetingQueries queries;
    private final OrganizationApi organizations;
    private final TerritoryApi territory;
    private final PressContact pressContact;
    private final ApplicationEventPublisher events;

    MeetingService(
            JdbcClient jdbc,
            MeetingQueries queries,
            OrganizationApi organizations,
            TerritoryApi territory,
            PressContact pressContact,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.organizations = organizations;
        this.territory = territory;
        this.pressContact = pressContact;
        this.events = events;
    }

    public static boolean canRecord(Actor actor) {
        return actor.isAdmin();
    }

    /**
     * A meeting as the actor may see it ({@link MeetingPermissions}): one they may not read is «not found», and the
     * reports of instructions they do not answer for are left out.
     */
    @Transactional(readOnly = true)
    public MeetingView meeting(Actor actor, long id) {
        if (!actor.isAuthenticated()) {
            throw new AccessDeniedException("Совещания видны участникам платформы; войдите");
        }
        MeetingView m = queries.meeting(id)
                .filter(x -> queries.readable(id, actor))
                .orElseThrow(() -> new NotFoundException("Совещание №" + id + " не найдено"));
        return m.withInstructions(m.instructions().stream()
                .map(i -> MeetingPermissions.shownTo(actor, i))
                .toList());
    }

    /** The meetings the actor may read, newest first. */
    @Transactional(readOnly = true)
    public List<MeetingQueries.MeetingSummary> meetings(Actor actor) {
        requireSignedIn(actor);
        return queries.meetings(actor);
    }

    /** The register of instructions of the meetings the actor may read; reports only to those who answer for them. */
    @Transactional(readOnly = true)
    public List<InstructionView> instructions(
            Actor actor, MeetingTypes.InstructionStatus status, String assignee, boolean overdue) {
        return instructions(actor, status, assignee, overdue, null);
    }

    /**
     * The one register (meetings' instructions and agreements' obligations) as the actor may read it, of one origin
     * or of both when {@code origin} is null.
     */
    @Transactional(readOnly = true)
    public List<InstructionView> instructions(
            Actor actor,
            MeetingTypes.InstructionStatus status,
            String assignee,
            boolean overdue,
            MeetingTypes.InstructionOrigin origin) {
        requireSignedIn(actor);
        return queries.instructions(actor, status, assignee, overdue, origin);
    }

    /** The meeting's press release, if the actor may read it: published, or any to the secretariat. */
    @Transactional(readOnly = true)
    public java.util.Optional<MeetingQueries.PressRelease> pressRelease(Actor actor, long id) {
        meeting(actor, id);
        return queries.pressRelease(id).filter(p -> actor.isAdmin() || "PUBLISHED".equals(p.state()));
    }

    /** Overdue instructions of earlier meetings proposed for this one's agenda: the secretariat's business. */
    @Transactional(readOnly = true)
    public List<InstructionView> proposedFor(Actor actor, long id) {
        return canRecord(actor) ? queries.proposedFor(id) : List.of();
    }

    private static void requireSignedIn(Actor actor) {
        if (!actor.isAuthenticated()) {
            throw new AccessDeniedException("Совещания видны участникам платформы; войдите");
        }
    }

    @Transactional
    public long schedule(Actor actor, MeetingCommands.MeetingDetails d) {
        requireSecretariat(actor);
        String zone = zone(d.timeZone());
        long id = jdbc.sql("""
                        insert into meeting.meetings (title, kind, starts_at, time_zone, duration_minutes, place, link,
                                                      organizer, chair_name, chair_position, secretary_name, created_by)
                        values (:title, :kind, :starts, :zone, :duration, :place, :link, :organizer, :chair, :chairPos,
                                :secretary, :by)
                        returning id
                        """)
                .params(detailParams(d, zone))
                .param("by", actor.username())
                .query(Long.class)
                .single();
        audit(actor, "meeting.schedule", id, Map.of("title", d.title()));
        return id;
    }

    @Transactional
    public void amend(Actor actor, long id, MeetingCommands.MeetingDetails d) {
        requireOpen(actor, id);
        jdbc.sql("""
                        update meeting.meetings set title = :title, kind = :kind, starts_at = :starts, time_zone = :zone,
                            duration_minutes = :duration, place = :place, link = :link, organizer = :organizer,
                            chair_name = :chair, chair_position = :chairPos, secretary_name = :secretary,
                            updated_at = now(), version = version + 1
                        where id = :id
                        """)
                .params(detailParams(d, zone(d.timeZone())))
                .param("id", id)
                .update();
        int dropped = dropCouncilsOfLaterSubjects(actor, id);
        audit(actor, "meeting.amend", id, Map.of("title", d.title(), "councilsDropped", dropped));
    }

    /** draft → announced → held → closed. */
    @Transactional
    public void advance(Actor actor, long id, MeetingTypes.State to) {
        requireSecretariat(actor);
        MeetingTypes.State from = meeting(actor, id).state();
        boolean allowed = switch (to) {
            case ANNOUNCED -> from == MeetingTypes.State.DRAFT;
            case HELD -> from == MeetingTypes.State.DRAFT || from == MeetingTypes.State.ANNOUNCED;
            case CLOSED -> from == MeetingTypes.State.HELD;
            case DRAFT -> false;
        };
        if (!allowed) {
            throw new ConflictException(
                    "Совещание в состоянии «" + stateName(from) + "» нельзя перевести в «" + stateName(to) + "»");
        }
        jdbc.sql("update meeting.meetings set state = :s, updated_at = now(), version = version + 1 where id = :id")
                .param("s", to.name())
                .param("id", id)
                .update();
        if (to == MeetingTypes.State.CLOSED) {
            // the protocol is signed: its number no longer moves
            jdbc.sql("update meeting.meetings set minutes_number = :n where id = :id")
                    .param("n", queries.minutesNumber(id))
                    .param("id", id)
                    .update();
        }
        audit(actor, "meeting." + to.name().toLowerCase(java.util.Locale.ROOT), id, Map.of("from", from.name()));
    }

    /**
     * Invites the councils of all regions that were subjects of the RF on the meeting's day (83, 85 or 89) at once;
     * those already invited stay as they are.
     */
    @Transactional
    public int inviteAllCouncils(Actor actor, long id) {
        MeetingView m = requireOpen(actor, id);
        java.util.Set<String> existing = regionCodesOn(m.date());
        int added = 0;
        for (OrganizationView council : organizations.organizations(OrganizationKind.REGIONAL_COUNCIL)) {
            if (council.regionCode() != null && !existing.contains(council.regionCode())) {
                continue;
            }
            added += jdbc.sql("""
                            insert into meeting.participants (meeting_id, kind, organization_id, organization_name,
                                                              region_code, person_name, position)
                            values (:m, 'COUNCIL', :o, :n, :r, :person, :position)
                            on conflict do nothing
                            """)
                    .param("m", id)
                    .param("o", council.id())
                    .param("n", council.name())
                    .param("r", council.regionCode())
                    .param("person", council.headName())
                    .param("position", council.headPosition())
                    .update();
        }
        audit(actor, "meeting.inviteCouncils", id, Map.of("invited", added));
        return added;
    }

    @Transactional
    public long addParticipant(Actor actor, long id, MeetingCommands.NewParticipant p) {
        MeetingView m = requireOpen(actor, id);
        if (p.kind() == null
                || ((p.personName() == null || p.personName().isBlank())
                        && (p.organizationName() == null || p.organizationName().isBlank())
                        && p.organizationId() == null)) {
            throw InvalidRequestException.ofFields(Map.of("personName", "Укажите участника: человека или организацию"));
        }
        String orgName = p.organizationName();
        String region = p.regionCode();
        if (p.organizationId() != null) {
            OrganizationView o = organizations.organization(p.organizationId());
            orgName = o.name();
            region = o.regionCode();
        }
        requireSubjectOn(region, m.date());
        long pid = jdbc.sql("""
                        insert into meeting.participants (meeting_id, kind, organization_id, organization_name, region_code,
                                                          person_name, position, present)
                        values (:m, :k, :o, :n, :r, :person, :position, :present) returning id
                        """)
                .param("m", id)
                .param("k", p.kind().name())
                .param("o", p.organizationId())
                .param("n", optional(orgName, "organizationName", SHORT))
                .param("r", region)
                .param("person", optional(p.personName(), "personName", SHORT))
                .param("position", optional(p.position(), "position", SHORT))
                .param("present", Boolean.TRUE.equals(p.present()))
                .query(Long.class)
                .single();
        audit(actor, "meeting.addParticipant", id, Map.of("participant", pid));
        return pid;
    }

    /** The roll call: who connected, and who spoke for the organization. */
    @Transactional
    public void markPresence(
            Actor actor, long id, long participantId, boolean present, String personName, String position) {
        requireOpen(actor, id);
        int changed = jdbc.sql("""
                        update meeting.participants set present = :p,
                            person_name = coalesce(:person, person_name), position = coalesce(:position, position)
                        where id = :pid and meeting_id = :m
                        """)
                .param("p", present)
                .param("person", optional(personName, "personName", SHORT))
                .param("position", optional(position, "position", SHORT))
                .param("pid", participantId)
                .param("m", id)
                .update();
        if (changed == 0) {
            throw new NotFoundException("Участник №" + participantId + " не найден на этом совещании");
        }
        audit(actor, "meeting.rollCall", id, Map.of("participant", participantId, "present", present));
    }

    @Transactional
    public long addItem(Actor actor, long id, MeetingCommands.NewItem item) {
        requireOpen(actor, id);
        String title = required(item.title(), "title", "Сформулируйте вопрос повестки");
        long itemId = jdbc.sql("""
                        insert into meeting.agenda_items (meeting_id, position, title, duration_minutes, subject, materials)
                        values (:m, (select coalesce(max(position), 0) + 1 from meeting.agenda_items where meeting_id = :m),
                                :t, :d, :s, :mat) returning id
                        """)
                .param("m", id)
                .param("t", title)
                .param(
                        "d",
                        item.durationMinutes() == null ? null : minutes(item.durationMinutes(), 0, MAX_ITEM_MINUTES))
                .param("s", optional(item.subject(), "subject", SHORT))
                .param("mat", optional(item.materials(), "materials", LONG))
                .query(Long.class)
                .single();
        audit(actor, "meeting.addItem", id, Map.of("item", itemId, "title", title));
        return itemId;
    }

    @Transactional
    public long addSpeech(Actor actor, long id, long itemId, MeetingCommands.NewSpeech s) {
        requireOpen(actor, id);
        requireItem(id, itemId);
        String person = required(s.personName(), "personName", "Укажите, кто выступил", SHORT);
        long speechId = jdbc.sql("""
                        insert into meeting.speeches (item_id, role, person_name, position, summary, ordinal)
                        values (:i, :r, :p, :pos, :sum,
                                (select coalesce(max(ordinal), 0) + 1 from meeting.speeches where item_id = :i))
                        returning id
                        """)
                .param("i", itemId)
                .param("r", (s.role() == null ? MeetingTypes.SpeechRole.SPEAKER : s.role()).name())
                .param("p", person)
                .param("pos", optional(s.position(), "position", SHORT))
                .param("sum", optional(s.summary(), "summary", LONG))
                .query(Long.class)
                .single();
        audit(actor, "meeting.addSpeech", id, Map.of("item", itemId, "speaker", person));
        return speechId;
    }

    @Transactional
    public long adoptDecision(Actor actor, long id, long itemId, String text) {
        requireOpen(actor, id);
        requireItem(id, itemId);
        String t = required(text, "text", "Запишите решение");
        long decisionId =
                jdbc.sql("""
                        insert into meeting.decisions (item_id, text, ordinal)
                        values (:i, :t, (select coalesce(max(ordinal), 0) + 1 from meeting.decisions where item_id = :i))
                        returning id
                        """).param("i", itemId).param("t", t).query(Long.class).single();
        audit(actor, "meeting.adoptDecision", id, Map.of("decision", decisionId));
        return decisionId;
    }

    @Transactional
    public long assignInstruction(Actor actor, long id, Long decisionId, MeetingCommands.NewInstruction i) {
        requireOpen(actor, id);
        String text = required(i.text(), "text", "Сформулируйте поручение");
        if (i.deadline() == null) {
            throw InvalidRequestException.ofFields(Map.of("deadline", "Укажите срок исполнения"));
        }
        requireYear(i.deadline().getYear(), "deadline");
        String assignee = optional(i.assigneeName(), "assigneeName", SHORT);
        String region = null;
        if (i.assigneeOrganizationId() != null) {
            OrganizationView o = organizations.organization(i.assigneeOrganizationId());
            assignee = o.name();
            region = o.regionCode();
        }
        if (assignee == null) {
            throw InvalidRequestException.ofFields(Map.of("assigneeName", "Укажите ответственного"));
        }
        if (decisionId != null) {
            Long owner = jdbc.sql(
                            "select a.meeting_id from meeting.decisions d join meeting.agenda_items a on a.id = d.item_id"
                                    + " where d.id = :d")
                    .param("d", decisionId)
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (owner == null || owner != id) {
                throw InvalidRequestException.ofFields(Map.of("decisionId", "Решение относится к другому совещанию"));
            }
        }
        long instructionId = jdbc.sql("""
                        insert into meeting.instructions (meeting_id, decision_id, text, assignee_organization_id,
                                                          assignee_name, assignee_region, deadline)
                        values (:m, :d, :t, :o, :a, :r, :deadline) returning id
                        """)
                .param("m", id)
                .param("d", decisionId)
                .param("t", text)
                .param("o", i.assigneeOrganizationId())
                .param("a", assignee)
                .param("r", region)
                .param("deadline", i.deadline())
                .query(Long.class)
                .single();
        audit(actor, "instruction.assign", id, Map.of("instruction", instructionId, "assignee", assignee));
        return instructionId;
    }

    /** The person responsible (or the secretariat) reports progress or completion. */
    @Transactional
    public void reportBack(Actor actor, long instructionId, MeetingTypes.InstructionStatus status, String report) {
        InstructionView i = MeetingPermissions.requireResponsible(
                queries, actor, instructionId, "Отчитаться о поручении может ответственный за него или секретариат");
        if (status == null || status == MeetingTypes.InstructionStatus.ASSIGNED) {
            throw InvalidRequestException.ofFields(
                    Map.of("status", "Состояние: IN_PROGRESS (в работе) или DONE (исполнено)"));
        }
        String r = optional(report, "report", LONG);
        if (status == MeetingTypes.InstructionStatus.DONE && r == null) {
            throw InvalidRequestException.ofFields(Map.of("report", "Опишите, что сделано"));
        }
        jdbc.sql("update meeting.instructions set status = :s, report = coalesce(:r, report), reported_by = :by,"
                        + " reported_at = now() where id = :id")
                .param("s", status.name())
                .param("r", r)
                .param("by", actor.username())
                .param("id", instructionId)
                .update();
        Map<String, Object> details = Map.of("instruction", instructionId, "status", status.name());
        if (i.meetingId() == null) {
            events.publishEvent(AuditedAction.by(actor, "instruction.report", "agreement", i.agreementId(), details));
        } else {
            audit(actor, "instruction.report", i.meetingId(), details);
        }
    }

    /**
     * Registers an obligation of a partnership agreement in the one register (origin AGREEMENT, no meeting): the
     * secretariat's write, audited against the agreement.
     */
    @Transactional
    public long registerObligation(Actor actor, ru.praktika.meeting.InstructionRegister.Obligation o) {
        requireSecretariat(actor);
        if (o.agreementId() <= 0) {
            throw InvalidRequestException.ofFields(Map.of("agreementId", "Укажите соглашение"));
        }
        String label = required(o.agreementLabel(), "agreementLabel", "Укажите соглашение", SHORT);
        String text = required(o.text(), "text", "Сформулируйте обязательство");
        if (o.deadline() == null) {
            throw InvalidRequestException.ofFields(Map.of("deadline", "Укажите срок исполнения"));
        }
        requireYear(o.deadline().getYear(), "deadline");
        String assignee = optional(o.assigneeName(), "assigneeName", SHORT);
        String region = null;
        if (o.assigneeOrganizationId() != null) {
            OrganizationView org = organizations.organization(o.assigneeOrganizationId());
            assignee = org.name();
            region = org.regionCode();
        }
        if (assignee == null) {
            throw InvalidRequestException.ofFields(Map.of("assigneeName", "Укажите ответственного"));
        }
        long id = jdbc.sql("""
                        insert into meeting.instructions (origin, agreement_id, agreement_label, text,
                                                          assignee_organization_id, assignee_name, assignee_region,
                                                          deadline)
                        values ('AGREEMENT', :ag, :label, :t, :o, :a, :r, :deadline) returning id
                        """)
                .param("ag", o.agreementId())
                .param("label", label)
                .param("t", text)
                .param("o", o.assigneeOrganizationId())
                .param("a", assignee)
                .param("r", region)
                .param("deadline", o.deadline())
                .query(Long.class)
                .single();
        events.publishEvent(AuditedAction.by(
                actor,
                "instruction.assign",
                "agreement",
                o.agreementId(),
                Map.of("instruction", id, "assignee", assignee)));
        return id;
    }

    /** The agreements' labels follow their numbers and parties: the register shows the current one. */
    @Transactional
    public void relabelAgreement(Actor actor, long agreementId, String label) {
        requireSecretariat(actor);
        jdbc.sql("update meeting.instructions set agreement_label = :l where agreement_id = :a")
                .param("l", label)
                .param("a", agreementId)
                .update();
        jdbc.sql("update meeting.instructions set produced_agreement_label = :l where produced_agreement_id = :a")
                .param("l", label)
                .param("a", agreementId)
                .update();
    }

    /**
     * Records that an agreement was prepared on a meeting's instruction («→ Соглашение № …» in the register and on
     * the meeting's page). Allowed on a closed meeting too: it records what came of the instruction, not the meeting.
     */
    @Transactional
    public InstructionView linkProducedAgreement(Actor actor, long instructionId, long agreementId, String label) {
        requireSecretariat(actor);
        InstructionView i = queries.instruction(instructionId)
                .filter(x -> !x.ofAgreement())
                .orElseThrow(() -> new NotFoundException("Поручение совещания №" + instructionId + " не найдено"));
        jdbc.sql("update meeting.instructions set produced_agreement_id = :a, produced_agreement_label = :l"
                        + " where id = :id")
                .param("a", agreementId)
                .param("l", label)
                .param("id", instructionId)
                .update();
        audit(
                actor,
                "instruction.linkAgreement",
                i.meetingId(),
                Map.of("instruction", instructionId, "agreement", agreementId));
        return queries.instruction(instructionId).orElseThrow();
    }

    /** An overdue instruction from an earlier meeting becomes an item of this meeting's agenda. */
    @Transactional
    public long takeUpOverdue(Actor actor, long id, long instructionId) {
        InstructionView i = queries.proposedFor(id).stream()
                .filter(x -> x.id() == instructionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Просроченное поручение №" + instructionId + " не найдено"));
        long itemId = addItem(
                actor,
                id,
                new MeetingCommands.NewItem(
                        "О ходе исполнения поручения: " + i.text() + " (ответственный — " + i.assigneeName() + ")",
                        10,
                        i.ofAgreement() ? i.agreementLabel() : "Поручение совещания от " + i.meetingDate(),
                        null));
        jdbc.sql("update meeting.instructions set on_agenda_of = :m where id = :i")
                .param("m", id)
                .param("i", instructionId)
                .update();
        return itemId;
    }

    @Transactional
    public void recordClosing(Actor actor, long id, MeetingCommands.Closing c) {
        requireOpen(actor, id);
        jdbc.sql("update meeting.meetings set closing_name = :n, closing_position = :p, closing_remarks = :r,"
                        + " updated_at = now(), version = version + 1 where id = :id")
                .param("n", optional(c.closingName(), "closingName", SHORT))
                .param("p", optional(c.closingPosition(), "closingPosition", SHORT))
                .param("r", optional(c.closingRemarks(), "closingRemarks", LONG))
                .param("id", id)
                .update();
        audit(actor, "meeting.recordClosing", id, Map.of());
    }

    /** Drafts (or redrafts) the press release from the record. */
    @Transactional
    public MeetingQueries.PressRelease draftPressRelease(Actor actor, long id) {
        requireSecretariat(actor);
        MeetingView m = meeting(actor, id);
        PressReleaseWriter.Draft draft = PressReleaseWriter.write(m, pressContact.line());
        jdbc.sql("""
                        insert into meeting.press_releases (meeting_id, title, text, updated_by) values (:m, :t, :x, :by)
                        on conflict (meeting_id) do update set title = excluded.title, text = excluded.text,
                            state = 'DRAFT', updated_at = now(), updated_by = excluded.updated_by, published_at = null
                        """)
                .param("m", id)
                .param("t", draft.title())
                .param("x", draft.text())
                .param("by", actor.username())
                .update();
        audit(actor, "pressRelease.draft", id, Map.of());
        return queries.pressRelease(id).orElseThrow();
    }

    @Transactional
    public void editPressRelease(Actor actor, long id, String title, String text) {
        requireSecretariat(actor);
        int changed = jdbc.sql("update meeting.press_releases set title = :t, text = :x, updated_at = now(),"
                        + " updated_by = :by where meeting_id = :m")
                .param("t", required(title, "title", "Заголовок не может быть пустым"))
                .param("x", required(text, "text", "Текст не может быть пустым"))
                .param("by", actor.username())
                .param("m", id)
                .update();
        if (changed == 0) {
            throw new NotFoundException("Пресс-релиз ещё не подготовлен");
        }
        audit(actor, "pressRelease.edit", id, Map.of());
    }

    @Transactional
    public void publishPressRelease(Actor actor, long id) {
        requireSecretariat(actor);
        int changed = jdbc.sql("update meeting.press_releases set state = 'PUBLISHED', published_at = now()"
                        + " where meeting_id = :m and state = 'DRAFT'")
                .param("m", id)
                .update();
        if (changed == 0) {
            throw new ConflictException("Опубликовать можно подготовленный и ещё не опубликованный пресс-релиз");
        }
        audit(actor, "pressRelease.publish", id, Map.of());
    }

    private void requireItem(long meetingId, long itemId) {
        long owner = jdbc.sql("select meeting_id from meeting.agenda_items where id = :i")
                .param("i", itemId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Вопрос повестки №" + itemId + " не найден"));
        if (owner != meetingId) {
            throw new NotFoundException("Вопрос повестки №" + itemId + " не относится к этому совещанию");
        }
    }

    /** The meeting, if the actor records meetings and it is not closed. */
    MeetingView requireOpen(Actor actor, long id) {
        requireSecretariat(actor);
        MeetingView m = meeting(actor, id);
        if (m.state() == MeetingTypes.State.CLOSED) {
            throw new MeetingClosedException();
        }
        return m;
    }

    private static String stateName(MeetingTypes.State state) {
        return switch (state) {
            case DRAFT -> "черновик";
            case ANNOUNCED -> "объявлено";
            case HELD -> "проведено";
            case CLOSED -> "закрыто";
        };
    }

    private java.util.Set<String> regionCodesOn(LocalDate day) {
        return territory.regionsOn(day).stream().map(RegionView::code).collect(java.util.stream.Collectors.toSet());
    }

    /** A council of a region admitted after the meeting's day cannot take part in it. */
    private void requireSubjectOn(String regionCode, LocalDate day) {
        if (regionCode == null) {
            return;
        }
        territory.region(regionCode).filter(r -> !r.existedOn(day)).ifPresent(r -> {
            throw InvalidRequestException.ofFields(Map.of(
                    "organizationId",
                    r.fullName() + " — субъект Российской Федерации с " + RussianDates.numeric(r.subjectSince())
                            + ", а совещание проходит " + RussianDates.numeric(day)
                            + ": совет этого региона не может в нём участвовать"));
        });
    }

    /** After the date moves earlier, the councils of regions admitted later leave the roll call. */
    private int dropCouncilsOfLaterSubjects(Actor actor, long id) {
        LocalDate day = meeting(actor, id).date();
        List<String> later = territory.regions().stream()
                .filter(r -> !r.existedOn(day))
                .map(RegionView::code)
                .toList();
        if (later.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from meeting.participants where meeting_id = :m and kind = 'COUNCIL'"
                        + " and region_code in (:codes)")
                .param("m", id)
                .param("codes", later)
                .update();
    }

    private static void requireSecretariat(Actor actor) {
        if (!canRecord(actor)) {
            throw new AccessDeniedException("Вести совещания может секретариат ассоциации");
        }
    }

    private static Map<String, Object> detailParams(MeetingCommands.MeetingDetails d, String zone) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", required(d.title(), "title", "Укажите название совещания", SHORT));
        p.put("kind", (d.kind() == null ? MeetingTypes.Kind.VIDEO : d.kind()).name());
        if (d.startsAt() == null) {
            throw InvalidRequestException.ofFields(Map.of("startsAt", "Укажите дату и время"));
        }
        requireYear(d.startsAt().getYear(), "startsAt");
        p.put("starts", d.startsAt().atZone(ZoneId.of(zone)).toOffsetDateTime());
        p.put("zone", zone);
        p.put("duration", minutes(d.durationMinutes(), 120, MAX_MEETING_MINUTES));
        p.put("place", optional(d.place(), "place", SHORT));
        p.put("link", optional(d.link(), "link", SHORT));
        p.put(
                "organizer",
                d.organizer() == null || d.organizer().isBlank()
                        ? "Всероссийская ассоциация развития местного самоуправления"
                        : optional(d.organizer(), "organizer", SHORT));
        p.put("chair", optional(d.chairName(), "chairName", SHORT));
        p.put("chairPos", optional(d.chairPosition(), "chairPosition", SHORT));
        p.put("secretary", optional(d.secretaryName(), "secretaryName", SHORT));
        return p;
    }

    private static String zone(String zone) {
        String z = zone == null || zone.isBlank() ? "Europe/Moscow" : zone.strip();
        try {
            ZoneId.of(z);
        } catch (java.time.DateTimeException e) {
            throw InvalidRequestException.ofFields(Map.of("timeZone", "Неизвестный часовой пояс «" + z + "»"));
        }
        return z;
    }

    private static String required(String value, String field, String message) {
        return required(value, field, message, LONG);
    }

    private static String required(String value, String field, String message, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw InvalidRequestException.ofFields(Map.of(field, message));
        }
        return v;
    }

    /** A text the secretary may leave empty, never longer than {@code max} characters. */
    private static String optional(String value, String field, int max) {
        String v = ru.praktika.shared.Texts.strippedOrNull(value);
        if (v != null && v.length() > max) {
            throw InvalidRequestException.ofFields(
                    Map.of(field, "Не длиннее " + ru.praktika.shared.RussianNumbers.format(max) + " знаков"));
        }
        return v;
    }

    /** A planned duration: the default when none, else from 1 minute to {@code max}. */
    private static int minutes(Integer value, int byDefault, int max) {
        if (value == null) {
            return byDefault;
        }
        if (value < 1 || value > max) {
            throw InvalidRequestException.ofFields(Map.of(
                    "durationMinutes",
                    "Продолжительность — от 1 до " + ru.praktika.shared.RussianNumbers.format(max) + " минут"));
        }
        return value;
    }

    /** Dates of meetings and deadlines lie between 2000 and 2100: year 99999 is a typo, not a plan. */
    private static void requireYear(int year, String field) {
        if (year < MeetingCommands.FIRST_YEAR || year > MeetingCommands.LAST_YEAR) {
            throw InvalidRequestException.ofFields(Map.of(
                    field,
                    "Дата — между " + MeetingCommands.FIRST_YEAR + " и " + MeetingCommands.LAST_YEAR + " годом"));
        }
    }

    private void audit(Actor actor, String action, long meetingId, Map<String, ?> details) {
        events.publishEvent(AuditedAction.by(actor, action, "meeting", meetingId, details));
    }

    static LocalDate today() {
        return LocalDate.now();
    }
}
