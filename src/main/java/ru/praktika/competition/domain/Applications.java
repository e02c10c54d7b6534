package ru.praktika.competition.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.competition.ApplicationMoved;
import ru.praktika.competition.ApplicationStatus;
import ru.praktika.competition.ApplicationView;
import ru.praktika.competition.CompetitionView;
import ru.praktika.competition.NominationView;
import ru.praktika.competition.Question;
import ru.praktika.organization.OrganizationApi;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeCard;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.FileTypes;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.Role;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.TerritoryApi;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applications and the regional stage. A municipality (or its council, or the secretariat) applies from a practice
 * card: the category follows from the lead municipality's type by the year's rule; one application per practice per
 * year. Answers are saved as a draft and checked in full on submission, before the applications deadline. The region's
 * commission ranks its applications and forwards up to the quota of each nomination and category with a
 * justification, or rejects with a reason, before the regional deadline; the applicant hears of each step. The
 * association adds its own applications within its quota. Every write is audited.
 */
@Service
public class Applications {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** The largest attachment, and how many an application may have. */
    static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

    static final int MAX_ATTACHMENTS = 10;

    private final JdbcClient jdbc;
    private final CompetitionQueries queries;
    private final PracticeApi practices;
    private final TerritoryApi territory;
    private final OrganizationApi organizations;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    Applications(
            JdbcClient jdbc,
            CompetitionQueries queries,
            PracticeApi practices,
            TerritoryApi territory,
            OrganizationApi organizations,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.practices = practices;
        this.territory = territory;
        this.organizations = organizations;
        this.events = events;
        this.json = json;
    }

    /** Today in Moscow, the day deadlines are counted in. */
    public static LocalDate today() {
        return LocalDate.now(MOSCOW);
    }

    /** An attachment as listed. */
    public record Attachment(long id, String fileName, String contentType, int sizeBytes) {}

    /** An attachment with its bytes. */
    public record AttachmentFile(String fileName, String contentType, byte[] content) {}

    /** The application, if the actor may read it in full (the applicant side or the secretariat). */
    @Transactional(readOnly = true)
    public ApplicationView application(Actor actor, long id) {
        ApplicationView a = find(id);
        if (!CompetitionPermissions.canRead(actor, a)) {
            throw new NotFoundException("Заявка №" + id + " не найдена");
        }
        return a;
    }

    ApplicationView find(long id) {
        return queries.application(id).orElseThrow(() -> new NotFoundException("Заявка №" + id + " не найдена"));
    }

    /**
     * The applications of a year the actor may see as the applicant side or the commission: the secretariat all, a
     * council its region's, a municipality its own. Experts see theirs through {@link FederalStage#assigned}.
     */
    @Transactional(readOnly = true)
    public List<ApplicationView> applications(Actor actor, int year, String nomination, ApplicationStatus status) {
        CompetitionView c =
                queries.byYear(year).orElseThrow(() -> new NotFoundException("Конкурс " + year + " года не объявлен"));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("n", nomination);
        p.put("s", status == null ? null : status.name());
        String condition = "(cast(:n as text) is null or a.nomination_code = :n)"
                + " and (cast(:s as text) is null or a.status = :s)";
        if (actor.isAdmin()) {
            // everything
        } else if (actor.has(Role.REGIONAL_OPERATOR) && actor.regionCode() != null) {
            condition += " and a.region_code = :region";
            p.put("region", actor.regionCode());
        } else if (actor.has(Role.MUNICIPAL_OPERATOR) && actor.oktmo() != null) {
            condition += " and (a.oktmo = :oktmo or a.created_by = :me)";
            p.put("oktmo", actor.oktmo());
            p.put("me", actor.username());
        } else {
            return List.of();
        }
        return queries.applications(c.id(), condition, p);
    }

    /** Applies to a nomination from a practice card: a draft the applicant completes and submits. */
    @Transactional
    public ApplicationView apply(Actor actor, int year, String nomination, long practiceId) {
        if (!actor.isAdmin() && !actor.has(Role.REGIONAL_OPERATOR) && !actor.has(Role.MUNICIPAL_OPERATOR)) {
            throw new AccessDeniedException(
                    "Заявку подаёт муниципальное образование — автор практики, его совет региона или секретариат");
        }
        CompetitionView c = competition(year);
        Competitions.requireNomination(c, nomination);
        PracticeCard card = readableCard(actor, practiceId);
        if (!actor.isAdmin()
                && !(actor.has(Role.REGIONAL_OPERATOR) && card.regionCode().equals(actor.regionCode()))
                && !(actor.has(Role.MUNICIPAL_OPERATOR)
                        && card.leadMunicipality().equals(actor.oktmo()))) {
            throw new AccessDeniedException(
                    "Заявку подаёт муниципальное образование — автор практики, его совет региона или секретариат");
        }
        requireApplicationsOpen(c);
        return insert(actor, c, nomination, card, false);
    }

    /**
     * The association's own application (since 2025 up to the year's quota per nomination and category): it goes to
     * the federal stage at once.
     */
    @Transactional
    public ApplicationView addByAssociation(Actor actor, int year, String nomination, long practiceId, String note) {
        Competitions.requireSecretariat(actor);
        CompetitionView c = competition(year);
        Competitions.requireNomination(c, nomination);
        Competitions.requireApplicationsPhase(c, "Заявки ассоциации добавляются до начала федерального этапа");
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw InvalidRequestException.ofFields(
                    Map.of("note", "Обоснуйте выдвижение заявки ассоциацией (до 2 000 знаков)"));
        }
        PracticeCard card = readableCard(actor, practiceId);
        String category = category(c, card.leadMunicipality());
        long own = jdbc.sql("""
                        select count(*) from competition.applications
                        where competition_id = :c and nomination_code = :n and category = :cat and by_association
                        """)
                .param("c", c.id())
                .param("n", nomination)
                .param("cat", category)
                .query(Long.class)
                .single();
        if (own >= c.associationQuota()) {
            throw new ConflictException(
                    c.associationQuota() == 0
                            ? "В конкурсе " + year + " года ассоциация не подаёт собственных заявок"
                            : "Квота ассоциации исчерпана: не больше " + c.associationQuota()
                                    + " заявок в номинации и категории " + category);
        }
        ApplicationView a = insert(actor, c, nomination, card, true);
        jdbc.sql("""
                        update competition.applications set status = 'FORWARDED', declaration = true,
                            submitted_at = now(), decided_at = now(), regional_note = :note
                        where id = :id
                        """).param("note", note.strip()).param("id", a.id()).update();
        return find(a.id());
    }

    private ApplicationView insert(Actor actor, CompetitionView c, String nomination, PracticeCard card, boolean own) {
        MunicipalityView m = territory.requireMunicipality(card.leadMunicipality());
        String category = category(c, m);
        Long organization = actor.userId() == null
                ? null
                : organizations
                        .user(actor.userId())
                        .map(u -> u.organizationId())
                        .orElse(null);
        long id;
        try {
            id = jdbc.sql("""
                            insert into competition.applications (competition_id, nomination_code, practice_id, title,
                                oktmo, municipality_name, region_code, category, by_association,
                                applicant_organization_id, created_by)
                            values (:c, :n, :p, :t, :oktmo, :mname, :region, :cat, :own, :org, :by)
                            returning id
                            """)
                    .param("c", c.id())
                    .param("n", nomination)
                    .param("p", card.id())
                    .param("t", card.title())
                    .param("oktmo", m.oktmo())
                    .param("mname", m.label())
                    .param("region", card.regionCode())
                    .param("cat", category)
                    .param("own", own)
                    .param("org", organization)
                    .param("by", actor.username())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException e) {
            throw new ConflictException(
                    "Эта практика уже подана на конкурс " + c.year() + " года: одна заявка от практики в год");
        }
        events.publishEvent(AuditedAction.by(
                actor,
                "application.create",
                "application",
                id,
                Map.of(
                        "year",
                        c.year(),
                        "nomination",
                        nomination,
                        "practice",
                        card.id(),
                        "category",
                        category,
                        "byAssociation",
                        own)));
        return find(id);
    }

    private String category(CompetitionView c, String oktmo) {
        return category(c, territory.requireMunicipality(oktmo));
    }

    /** The category of a municipality by the year's rule; refused with the reason for a type that may not apply. */
    static String category(CompetitionView c, MunicipalityView m) {
        String category = c.categoryRule().get(m.type().name());
        if (category == null) {
            throw new InvalidRequestException("По правилу конкурса " + c.year() + " года "
                    + m.type().russianName() + " не участвует (" + m.label()
                    + "); участвуют городские и муниципальные округа, городские и сельские поселения");
        }
        return category;
    }

    private PracticeCard readableCard(Actor actor, long practiceId) {
        PracticeCard card = practices
                .card(practiceId)
                .filter(p -> practices.canRead(actor, p.regionCode(), p.municipalities(), p.status()))
                .orElseThrow(() -> new NotFoundException("Практика №" + practiceId + " не найдена"));
        return card;
    }

    /** Saves answers and the declaration of a draft; checks kinds and lengths now, completeness on submission. */
    @Transactional
    public ApplicationView answer(
            Actor actor, long id, Map<String, String> answers, boolean declaration, long version) {
        ApplicationView a = application(actor, id);
        CompetitionView c = queries.competition(a.competitionId()).orElseThrow();
        requireEditable(actor, a, c);
        NominationView n = Competitions.requireNomination(c, a.nominationCode());
        Map<String, String> clean = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (Question q : n.questions()) {
            String v = answers == null ? null : answers.get(q.key());
            v = v == null ? "" : v.strip();
            if (v.isEmpty()) {
                continue;
            }
            String error = check(q, v);
            if (error != null) {
                errors.put("answers." + q.key(), error);
            }
            clean.put(q.key(), "YES_NO".equals(q.kind()) ? yesNo(v) : v);
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.ofFields(errors);
        }
        int changed = jdbc.sql("""
                        update competition.applications set answers = cast(:a as jsonb), declaration = :d,
                            version = version + 1
                        where id = :id and version = :v
                        """)
                .param("a", json.writeValueAsString(clean))
                .param("d", declaration)
                .param("id", id)
                .param("v", version)
                .update();
        if (changed == 0) {
            throw new ConflictException("Заявку уже изменил другой пользователь; обновите страницу");
        }
        events.publishEvent(AuditedAction.by(
                actor,
                "application.answer",
                "application",
                id,
                Map.of("before", a.answers(), "after", clean, "declaration", declaration)));
        return find(id);
    }

    private static String check(Question q, String v) {
        return switch (q.kind()) {
            case "NUMBER" -> {
                try {
                    java.math.BigDecimal n = new java.math.BigDecimal(v.replace(" ", "")
                            .replace('\u00a0', ' ')
                            .replace(" ", "")
                            .replace(',', '.'));
                    yield n.signum() < 0 || n.compareTo(new java.math.BigDecimal("1000000000000")) > 0
                            ? "«" + q.label() + "»: число от 0"
                            : null;
                } catch (NumberFormatException e) {
                    yield "«" + q.label() + "»: ожидается число, например 1 250 или 12,5";
                }
            }
            case "YES_NO" -> yesNo(v) == null ? "«" + q.label() + "»: ответьте «да» или «нет»" : null;
            default ->
                v.length() > q.maxLength()
                        ? "«" + q.label() + "»: не длиннее " + q.maxLength() + " знаков (сейчас " + v.length() + ")"
                        : null;
        };
    }

    private static String yesNo(String v) {
        String t = v.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (t) {
            case "да", "yes", "true" -> "да";
            case "нет", "no", "false" -> "нет";
            default -> null;
        };
    }

    /** Submits a draft to the region's commission: every required answer given, the declaration made, in time. */
    @Transactional
    public ApplicationView submit(Actor actor, long id) {
        ApplicationView a = application(actor, id);
        CompetitionView c = queries.competition(a.competitionId()).orElseThrow();
        requireEditable(actor, a, c);
        NominationView n = Competitions.requireNomination(c, a.nominationCode());
        Map<String, String> errors = new LinkedHashMap<>();
        for (Question q : n.questions()) {
            if (q.required() && !a.answers().containsKey(q.key())) {
                errors.put("answers." + q.key(), "Ответьте на вопрос «" + q.label() + "»");
            }
        }
        if (!a.declaration()) {
            errors.put("declaration", "Подтвердите достоверность сведений и согласие с условиями конкурса");
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("Заявка не отправлена: заполните обязательные поля", errors);
        }
        jdbc.sql("update competition.applications set status = 'SUBMITTED', submitted_at = now(),"
                        + " version = version + 1 where id = :id")
                .param("id", id)
                .update();
        events.publishEvent(AuditedAction.by(actor, "application.submit", "application", id, Map.of()));
        events.publishEvent(moved(a, "SUBMITTED", null));
        return find(id);
    }

    private static void requireEditable(Actor actor, ApplicationView a, CompetitionView c) {
        if (a.status() != ApplicationStatus.DRAFT) {
            throw new ConflictException("Заявка уже отправлена (" + a.status().label() + ") и не меняется");
        }
        requireApplicationsOpen(c);
        if (!CompetitionPermissions.canEdit(actor, a, c, today())) {
            throw new AccessDeniedException(
                    "Заявку меняет муниципальное образование, его совет региона или секретариат");
        }
    }

    private static void requireApplicationsOpen(CompetitionView c) {
        Competitions.requireApplicationsPhase(c, "Приём заявок конкурса " + c.year() + " года закрыт");
        if (today().isAfter(c.applicationsDeadline())) {
            throw new ConflictException(
                    "Приём заявок закончился " + ru.praktika.shared.RussianDates.numeric(c.applicationsDeadline()));
        }
    }

    /** Attaches a file (PDF, DOCX, XLSX, JPEG or PNG, at most 10 MB, at most 10 files) to a draft. */
    @Transactional
    public Attachment attach(Actor actor, long id, String fileName, byte[] content) {
        ApplicationView a = application(actor, id);
        CompetitionView c = queries.competition(a.competitionId()).orElseThrow();
        requireEditable(actor, a, c);
        if (content == null || content.length == 0) {
            throw InvalidRequestException.ofFields(Map.of("file", "Выберите файл"));
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw InvalidRequestException.ofFields(Map.of("file", "Файл больше 10 МБ"));
        }
        String type = FileTypes.recognise(content)
                .orElseThrow(() -> InvalidRequestException.ofFields(
                        Map.of("file", "Прикладываются PDF, DOCX, XLSX, JPEG или PNG")));
        long count = jdbc.sql("select count(*) from competition.attachments where application_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        if (count >= MAX_ATTACHMENTS) {
            throw InvalidRequestException.ofFields(Map.of("file", "К заявке прикладывается не больше 10 файлов"));
        }
        String name = FileTypes.safeName(fileName, type, "Приложение");
        long aid = jdbc.sql("""
                        insert into competition.attachments (application_id, file_name, content_type, size_bytes,
                            content, uploaded_by)
                        values (:a, :n, :t, :s, :c, :by) returning id
                        """)
                .param("a", id)
                .param("n", name)
                .param("t", type)
                .param("s", content.length)
                .param("c", content)
                .param("by", actor.username())
                .query(Long.class)
                .single();
        events.publishEvent(AuditedAction.by(
                actor,
                "application.attach",
                "application",
                id,
                Map.of("file", name, "bytes", content.length, "sha256", FileTypes.sha256(content))));
        return new Attachment(aid, name, type, content.length);
    }

    @Transactional(readOnly = true)
    public List<Attachment> attachments(Actor actor, long id) {
        application(actor, id);
        return attachmentsOf(id);
    }

    List<Attachment> attachmentsOf(long id) {
        return jdbc.sql("select id, file_name, content_type, size_bytes from competition.attachments"
                        + " where application_id = :id order by id")
                .param("id", id)
                .query((rs, i) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    AttachmentFile file(long applicationId, long attachmentId) {
        return jdbc.sql("select file_name, content_type, content from competition.attachments"
                        + " where id = :id and application_id = :a")
                .param("id", attachmentId)
                .param("a", applicationId)
                .query((rs, i) -> new AttachmentFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Файл не найден"));
    }

    @Transactional(readOnly = true)
    public AttachmentFile attachment(Actor actor, long id, long attachmentId) {
        application(actor, id);
        return file(id, attachmentId);
    }

    // ---- the regional stage ------------------------------------------------------------------------------------

    /** The commission's ranking of its region's applications (1 = best); empty clears it. */
    @Transactional
    public ApplicationView rank(Actor actor, long id, Integer rank) {
        ApplicationView a = commissionCase(actor, id);
        if (rank != null && (rank < 1 || rank > 1000)) {
            throw InvalidRequestException.ofFields(Map.of("rank", "Место в рейтинге комиссии — от 1 до 1000"));
        }
        jdbc.sql("update competition.applications set regional_rank = :r, version = version + 1 where id = :id")
                .param("r", rank)
                .param("id", id)
                .update();
        events.publishEvent(AuditedAction.by(
                actor,
                "application.rank",
                "application",
                id,
                Map.of("before", String.valueOf(a.regionalRank()), "after", String.valueOf(rank))));
        return find(id);
    }

    /** Forwards to the federal stage, within the region's quota of the nomination and category, with a justification. */
    @Transactional
    public ApplicationView forward(Actor actor, long id, String justification) {
        ApplicationView a = commissionCase(actor, id);
        CompetitionView c = queries.competition(a.competitionId()).orElseThrow();
        if (justification == null || justification.isBlank() || justification.length() > 2000) {
            throw InvalidRequestException.ofFields(Map.of("note", "Обоснуйте решение комиссии (до 2 000 знаков)"));
        }
        // the quota is counted under a lock of the region's applications, so two commission members cannot overshoot it
        jdbc.sql("select id from competition.applications where competition_id = :c and region_code = :r"
                        + " and nomination_code = :n and category = :cat for update")
                .param("c", c.id())
                .param("r", a.regionCode())
                .param("n", a.nominationCode())
                .param("cat", a.category())
                .query(Long.class)
                .list();
        long forwarded = jdbc.sql("""
                        select count(*) from competition.applications
                        where competition_id = :c and region_code = :r and nomination_code = :n and category = :cat
                          and status = 'FORWARDED' and not by_association and id <> :id
                        """)
                .param("c", c.id())
                .param("r", a.regionCode())
                .param("n", a.nominationCode())
                .param("cat", a.category())
                .param("id", id)
                .query(Long.class)
                .single();
        int quota = c.quota(a.nominationCode(), a.category());
        if (forwarded >= quota) {
            throw new ConflictException("Квота региона исчерпана: в номинации " + a.nominationCode() + " по "
                    + a.category() + " категории направляется не больше " + quota + " заявок (уже " + forwarded
                    + ")");
        }
        decide(actor, a, "FORWARDED", justification);
        return find(id);
    }

    /** Rejects at the regional stage, with the reason the municipality will read. */
    @Transactional
    public ApplicationView reject(Actor actor, long id, String reason) {
        ApplicationView a = commissionCase(actor, id);
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw InvalidRequestException.ofFields(Map.of("note", "Укажите причину отклонения (до 2 000 знаков)"));
        }
        decide(actor, a, "REJECTED", reason);
        return find(id);
    }

    private void decide(Actor actor, ApplicationView a, String status, String note) {
        jdbc.sql("""
                        update competition.applications set status = :s, regional_note = :note, decided_at = now(),
                            version = version + 1
                        where id = :id
                        """)
                .param("s", status)
                .param("note", note.strip())
                .param("id", a.id())
                .update();
        events.publishEvent(AuditedAction.by(
                actor,
                "application." + status.toLowerCase(java.util.Locale.ROOT),
                "application",
                a.id(),
                Map.of("before", a.status().name(), "after", status, "note", note.strip())));
        events.publishEvent(moved(a, status, note.strip()));
    }

    /** An application the actor decides on as its region's commission, while the regional stage runs. */
    private ApplicationView commissionCase(Actor actor, long id) {
        ApplicationView a = find(id);
        if (!CompetitionPermissions.isCommission(actor, a.regionCode())) {
            if (CompetitionPermissions.canRead(actor, a)) {
                throw new AccessDeniedException("Решение по заявке принимает комиссия совета региона");
            }
            throw new NotFoundException("Заявка №" + id + " не найдена");
        }
        CompetitionView c = queries.competition(a.competitionId()).orElseThrow();
        Competitions.requireApplicationsPhase(c, "Региональный этап конкурса " + c.year() + " года закончен");
        if (today().isAfter(c.regionalDeadline())) {
            throw new ConflictException(
                    "Региональный этап закончился " + ru.praktika.shared.RussianDates.numeric(c.regionalDeadline()));
        }
        if (a.byAssociation()) {
            throw new ConflictException("Заявку ассоциации региональная комиссия не рассматривает");
        }
        if (a.status() == ApplicationStatus.DRAFT) {
            throw new ConflictException("Заявка ещё не отправлена муниципальным образованием");
        }
        return a;
    }

    static ApplicationMoved moved(ApplicationView a, String step, String note) {
        return new ApplicationMoved(a.id(), a.year(), a.title(), step, a.createdBy(), a.regionCode(), null, note);
    }

    private CompetitionView competition(int year) {
        return queries.byYear(year).orElseThrow(() -> new NotFoundException("Конкурс " + year + " года не объявлен"));
    }
}
