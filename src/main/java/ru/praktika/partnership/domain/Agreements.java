package ru.praktika.partnership.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.meeting.InstructionRegister;
import ru.praktika.meeting.InstructionView;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.organization.OrganizationView;
import ru.praktika.partnership.AgreementState;
import ru.praktika.partnership.AgreementView;
import ru.praktika.partnership.PartnerView;
import ru.praktika.partnership.PartnershipCommands;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.FileTypes;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;

/**
 * Agreements of the association with its partners: drafted, agreed, signed (with the signed scan), active, expired or
 * terminated, each change recorded in the history with who, when and why; attachments; obligations registered in the
 * meetings' one register of instructions. The secretariat records; others read signed agreements. Every write is
 * audited.
 */
@Service
public class Agreements {

    /** The largest attachment: a scan of a few dozen pages. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Set<String> SCAN_TYPES = Set.of(FileTypes.PDF, FileTypes.JPEG, FileTypes.PNG);

    private final JdbcClient jdbc;
    private final PartnershipQueries queries;
    private final Partners partners;
    private final OrganizationApi organizations;
    private final InstructionRegister register;
    private final ApplicationEventPublisher events;

    Agreements(
            JdbcClient jdbc,
            PartnershipQueries queries,
            Partners partners,
            OrganizationApi organizations,
            InstructionRegister register,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.partners = partners;
        this.organizations = organizations;
        this.register = register;
        this.events = events;
    }

    public static boolean canRecord(Actor actor) {
        return PartnershipPermissions.canRecord(actor);
    }

    /**
     * A file's bytes for download.
     *
     * @param fileName name
     * @param contentType type
     * @param content bytes
     */
    public record Content(String fileName, String contentType, byte[] content) {}

    /** The agreements the actor may read, newest first. */
    @Transactional(readOnly = true)
    public List<ru.praktika.partnership.AgreementSummary> agreements(
            Actor actor, AgreementState state, Long partnerId) {
        PartnershipPermissions.requireSignedIn(actor);
        return queries.agreements(actor, state, partnerId);
    }

    /** An agreement as the actor may see it; one they may not read is «not found». */
    @Transactional(readOnly = true)
    public AgreementView agreement(Actor actor, long id) {
        PartnershipPermissions.requireSignedIn(actor);
        PartnershipQueries.AgreementRow a = queries.agreement(id)
                .filter(x -> PartnershipPermissions.canRead(actor, x.state()))
                .orElseThrow(() -> new NotFoundException("Соглашение №" + id + " не найдено"));
        List<AgreementView.Party> parties = queries.parties(id);
        return new AgreementView(
                a.id(),
                a.number(),
                a.title(),
                a.subject(),
                a.state(),
                a.agreedOn(),
                a.signedOn(),
                a.effectiveFrom(),
                a.validUntil(),
                a.reminderDays(),
                a.terminationReason(),
                a.instructionId(),
                a.instructionLabel(),
                label(a.number(), parties),
                parties,
                queries.history(id),
                queries.files(id),
                register.obligationsOf(actor, id),
                queries.programmes(actor, id),
                a.version());
    }

    /** Drafts an agreement; «по поручению» of a meeting's instruction when one is named. */
    @Transactional
    public long draft(Actor actor, PartnershipCommands.NewAgreement n) {
        return draft(actor, n, false);
    }

    @Transactional
    long draft(Actor actor, PartnershipCommands.NewAgreement n, boolean demo) {
        PartnershipPermissions.requireSecretariat(actor);
        String number = Inputs.required(n.number(), "number", "Укажите номер соглашения", 50);
        String title = Inputs.required(n.title(), "title", "Укажите название соглашения", Inputs.SHORT);
        String subject = Inputs.optional(n.subject(), "subject", Inputs.LONG);
        Inputs.date(n.effectiveFrom(), "effectiveFrom");
        Inputs.date(n.validUntil(), "validUntil");
        if (n.effectiveFrom() != null
                && n.validUntil() != null
                && n.validUntil().isBefore(n.effectiveFrom())) {
            throw InvalidRequestException.ofFields(
                    Map.of("validUntil", "Срок действия не может закончиться раньше, чем соглашение вступит в силу"));
        }
        int reminder = n.reminderDays() == null ? 30 : n.reminderDays();
        if (reminder < 1 || reminder > 365) {
            throw InvalidRequestException.ofFields(Map.of("reminderDays", "Напоминание — за 1–365 дней"));
        }
        List<PartnershipCommands.PartyDetails> given = n.partners() == null
                ? List.of()
                : n.partners().stream()
                        .filter(p -> p != null && p.partnerId() != null)
                        .toList();
        if (given.isEmpty()) {
            throw InvalidRequestException.ofFields(Map.of("partners", "Выберите хотя бы одного партнёра"));
        }
        Set<Long> seen = new HashSet<>();
        List<PartnerView> chosen = new ArrayList<>();
        for (PartnershipCommands.PartyDetails p : given) {
            if (!seen.add(p.partnerId())) {
                throw InvalidRequestException.ofFields(Map.of("partners", "Партнёр указан дважды"));
            }
            try {
                chosen.add(partners.partner(actor, p.partnerId()));
            } catch (NotFoundException e) {
                throw InvalidRequestException.ofFields(Map.of("partners", e.getMessage()));
            }
        }
        InstructionView instruction = null;
        if (n.instructionId() != null) {
            instruction = register.meetingInstruction(actor, n.instructionId())
                    .orElseThrow(() -> InvalidRequestException.ofFields(
                            Map.of("instructionId", "Поручение совещания №" + n.instructionId() + " не найдено")));
        }
        boolean taken = jdbc.sql("select exists (select 1 from partnership.agreements where lower(number) = lower(:n))")
                .param("n", number)
                .query(Boolean.class)
                .single();
        if (taken) {
            throw InvalidRequestException.ofFields(Map.of("number", "Соглашение № " + number + " уже есть"));
        }
        String instructionLabel = instruction == null
                ? null
                : "поручению совещания " + ru.praktika.shared.RussianDates.numeric(instruction.meetingDate()) + " «"
                        + instruction.text() + "»";
        long id = jdbc.sql("""
                        insert into partnership.agreements (number, title, subject, effective_from, valid_until,
                                                            reminder_days, instruction_id, instruction_label, demo,
                                                            created_by)
                        values (:number, :title, :subject, :from, :until, :reminder, :instruction, :instructionLabel,
                                :demo, :by)
                        returning id
                        """)
                .param("number", number)
                .param("title", title)
                .param("subject", subject)
                .param("from", n.effectiveFrom())
                .param("until", n.validUntil())
                .param("reminder", reminder)
                .param("instruction", n.instructionId())
                .param("instructionLabel", instructionLabel)
                .param("demo", demo)
                .param("by", actor.username())
                .query(Long.class)
                .single();
        OrganizationView association = organizations.organizations(OrganizationKind.ASSOCIATION).stream()
                .findFirst()
                .orElseThrow();
        party(id, 0, null, association.name(), n.associationSignatory(), n.associationSignatoryPosition());
        for (int i = 0; i < given.size(); i++) {
            party(
                    id,
                    i + 1,
                    chosen.get(i).id(),
                    chosen.get(i).name(),
                    given.get(i).signatoryName(),
                    given.get(i).signatoryPosition());
        }
        record(actor, id, null, AgreementState.DRAFT, null);
        if (instruction != null) {
            register.linkProducedAgreement(actor, instruction.id(), id, queries.label(id));
        }
        audit(actor, "agreement.draft", id, Map.of("number", number, "title", title));
        return id;
    }

    private void party(long id, int position, Long partner, String name, String signatory, String signatoryPosition) {
        jdbc.sql("""
                        insert into partnership.agreement_parties (agreement_id, position, partner_id, party_name,
                                                                   signatory_name, signatory_position)
                        values (:a, :pos, :partner, :name, :sig, :sigPos)
                        """)
                .param("a", id)
                .param("pos", position)
                .param("partner", partner)
                .param("name", name)
                .param("sig", Inputs.optional(signatory, "signatoryName", Inputs.SHORT))
                .param("sigPos", Inputs.optional(signatoryPosition, "signatoryPosition", Inputs.SHORT))
                .update();
    }

    /** DRAFT → AGREED: the text is agreed with the partners. */
    @Transactional
    public AgreementView agree(Actor actor, long id, PartnershipCommands.Transition t) {
        return move(actor, id, AgreementState.AGREED, t, "agreed_on");
    }

    /** AGREED → SIGNED: needs the signed scan attached. */
    @Transactional
    public AgreementView sign(Actor actor, long id, PartnershipCommands.Transition t) {
        AgreementView a = agreement(actor, id);
        if (a.state() == AgreementState.AGREED && !a.hasScan()) {
            throw new ConflictException("Подписать соглашение можно, приложив скан подписанного экземпляра");
        }
        return move(actor, id, AgreementState.SIGNED, t, "signed_on");
    }

    /** SIGNED → ACTIVE by a click (it also happens by itself on the effective date). */
    @Transactional
    public AgreementView activate(Actor actor, long id, PartnershipCommands.Transition t) {
        AgreementView a = agreement(actor, id);
        if (a.state() == AgreementState.SIGNED
                && a.validUntil() != null
                && a.validUntil().isBefore(today())) {
            throw new ConflictException("Срок действия соглашения уже истёк: ввести его в действие нельзя");
        }
        return move(actor, id, AgreementState.ACTIVE, t, "effective_from");
    }

    /** SIGNED or ACTIVE → TERMINATED, with the reason. */
    @Transactional
    public AgreementView terminate(Actor actor, long id, PartnershipCommands.Transition t) {
        agreement(actor, id);
        PartnershipPermissions.requireSecretariat(actor);
        String reason =
                Inputs.required(t == null ? null : t.comment(), "comment", "Укажите причину расторжения", Inputs.LONG);
        AgreementView a = move(actor, id, AgreementState.TERMINATED, t, null);
        jdbc.sql("update partnership.agreements set termination_reason = :r where id = :id")
                .param("r", reason)
                .param("id", id)
                .update();
        return agreement(actor, a.id());
    }

    private AgreementView move(
            Actor actor, long id, AgreementState to, PartnershipCommands.Transition t, String dateColumn) {
        AgreementView a = agreement(actor, id);
        PartnershipPermissions.requireSecretariat(actor);
        if (!a.state().canMoveTo(to)) {
            throw new ConflictException(
                    "Соглашение в состоянии «" + a.state().russian() + "» нельзя перевести в «" + to.russian() + "»");
        }
        LocalDate day = t == null || t.date() == null ? today() : t.date();
        Inputs.date(day, "date");
        if (day.isAfter(today())) {
            throw InvalidRequestException.ofFields(Map.of("date", "Дата не может быть позже сегодняшней"));
        }
        if (to == AgreementState.SIGNED && a.agreedOn() != null && day.isBefore(a.agreedOn())) {
            throw InvalidRequestException.ofFields(Map.of(
                    "date",
                    "Подписать соглашение можно не раньше, чем согласован его текст ("
                            + ru.praktika.shared.RussianDates.numeric(a.agreedOn()) + ")"));
        }
        String comment = Inputs.optional(t == null ? null : t.comment(), "comment", Inputs.LONG);
        String dates = dateColumn == null
                ? ""
                : dateColumn.equals("effective_from")
                        ? ", effective_from = case when effective_from is null or effective_from > :day then :day"
                                + " else effective_from end"
                        : ", " + dateColumn + " = :day";
        int changed = jdbc.sql(
                        "update partnership.agreements set state = :to, updated_at = now(), version = version + 1"
                                + dates + " where id = :id and state = :from")
                .param("to", to.name())
                .param("day", day)
                .param("id", id)
                .param("from", a.state().name())
                .update();
        if (changed == 0) {
            throw new ConflictException("Соглашение уже изменил кто-то другой; обновите страницу");
        }
        record(actor, id, a.state(), to, comment);
        audit(
                actor,
                "agreement." + to.name().toLowerCase(java.util.Locale.ROOT),
                id,
                Map.of("from", a.state().name(), "to", to.name(), "date", day.toString()));
        return agreement(actor, id);
    }

    /** Writes a change of state into the history (also for the automatic ones of {@link AgreementTerms}). */
    void record(Actor actor, long id, AgreementState from, AgreementState to, String comment) {
        jdbc.sql("""
                        insert into partnership.agreement_history (agreement_id, from_state, to_state, actor, comment)
                        values (:a, :from, :to, :actor, :comment)
                        """)
                .param("a", id)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("actor", actor.username())
                .param("comment", comment)
                .update();
    }

    /**
     * Attaches a file: the signed scan (PDF, JPG or PNG) or another document (also DOCX, XLSX), up to 20 MB,
     * recognised by its content.
     */
    @Transactional
    public AgreementView.AgreementFile attach(Actor actor, long id, boolean scan, String fileName, byte[] content) {
        AgreementView a = agreement(actor, id);
        PartnershipPermissions.requireSecretariat(actor);
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw InvalidRequestException.ofFields(Map.of("file", "Файл пуст или больше 20 МБ"));
        }
        String type = FileTypes.recognise(content)
                .filter(t -> !scan || SCAN_TYPES.contains(t))
                .orElseThrow(() -> InvalidRequestException.ofFields(Map.of(
                        "file",
                        scan
                                ? "Скан подписанного соглашения — PDF, JPG или PNG; содержимое этого файла не относится ни"
                                        + " к одному из них"
                                : "Можно приложить PDF, DOCX, XLSX, JPG или PNG; содержимое этого файла не относится ни"
                                        + " к одному из них")));
        String name = FileTypes.safeName(fileName, type, scan ? "скан соглашения" : "приложение");
        long fileId = jdbc.sql("""
                        insert into partnership.agreement_files (agreement_id, kind, file_name, content_type, size_bytes,
                                                                 sha256, uploaded_by, content)
                        values (:a, :k, :f, :t, :s, :h, :by, :c) returning id
                        """)
                .param("a", a.id())
                .param("k", scan ? "SCAN" : "OTHER")
                .param("f", name)
                .param("t", type)
                .param("s", content.length)
                .param("h", FileTypes.sha256(content))
                .param("by", actor.username())
                .param("c", content)
                .query(Long.class)
                .single();
        audit(actor, "agreement.attach", id, Map.of("file", fileId, "name", name, "scan", scan));
        return queries.files(id).stream()
                .filter(f -> f.id() == fileId)
                .findFirst()
                .orElseThrow();
    }

    @Transactional(readOnly = true)
    public Content download(Actor actor, long id, long fileId) {
        agreement(actor, id);
        return jdbc.sql("select file_name, content_type, content from partnership.agreement_files"
                        + " where id = :f and agreement_id = :a")
                .param("f", fileId)
                .param("a", id)
                .query((rs, n) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Файл не найден"));
    }

    /** An obligation of the agreement, registered in the one register of instructions. */
    @Transactional
    public long addObligation(Actor actor, long id, PartnershipCommands.NewObligation o) {
        AgreementView a = agreement(actor, id);
        PartnershipPermissions.requireSecretariat(actor);
        if (a.state() == AgreementState.EXPIRED || a.state() == AgreementState.TERMINATED) {
            throw new ConflictException("Соглашение «" + a.state().russian() + "»: новых обязательств по нему нет");
        }
        long instruction = register.register(
                actor,
                new InstructionRegister.Obligation(
                        id, a.label(), o.text(), o.assigneeOrganizationId(), o.assigneeName(), o.deadline()));
        audit(actor, "agreement.addObligation", id, Map.of("instruction", instruction));
        return instruction;
    }

    /** The agreements' obligations as the actor may see them. */
    @Transactional(readOnly = true)
    public List<InstructionView> obligations(Actor actor, long id) {
        return agreement(actor, id).obligations();
    }

    static String label(String number, List<AgreementView.Party> parties) {
        return AgreementLabels.label(
                number,
                parties.stream()
                        .filter(p -> p.partnerId() != null)
                        .map(AgreementView.Party::name)
                        .toList());
    }

    private void audit(Actor actor, String action, long id, Map<String, ?> details) {
        events.publishEvent(AuditedAction.by(actor, action, "agreement", id, details));
    }

    /** Today in Moscow: the association's calendar. */
    public static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
    }
}
