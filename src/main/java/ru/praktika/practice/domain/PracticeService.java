package ru.praktika.practice.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeCard;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.PracticeHistory;
import ru.praktika.practice.PracticeSaved;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.FileTypes;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.Role;
import ru.praktika.territory.TerritoryApi;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything done to a practice card: create, revise, the workflow steps, comments, attachments. Each method loads
 * the card, checks the actor (role and region) with {@link PracticePermissions}, calls the aggregate's verb, saves,
 * records a version and audits. A card the actor may not read is "not found" for them.
 */
@Service
public class PracticeService {

    public static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;
    private static final Map<PracticeAction, String> CHANGE = Map.of(
            PracticeAction.SUBMIT, "отправлена в совет",
            PracticeAction.FORWARD, "направлена в ассоциацию",
            PracticeAction.RETURN, "возвращена на доработку",
            PracticeAction.ACCEPT, "принята ассоциацией",
            PracticeAction.PUBLISH, "опубликована");

    private final PracticeRepository practices;
    private final PracticeQueries queries;
    private final PracticeValidator validator;
    private final PracticePermissions permissions;
    private final TerritoryApi territory;
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final Campaigns campaigns;

    PracticeService(
            Campaigns campaigns,
            PracticeRepository practices,
            PracticeQueries queries,
            PracticeValidator validator,
            PracticePermissions permissions,
            TerritoryApi territory,
            JdbcClient jdbc,
            JsonMapper json,
            ApplicationEventPublisher events) {
        this.practices = practices;
        this.queries = queries;
        this.validator = validator;
        this.permissions = permissions;
        this.territory = territory;
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.campaigns = campaigns;
    }

    @Transactional
    public PracticeCard create(Actor actor, PracticeDraft draft) {
        return card(actor, createPractice(actor, draft, false).id());
    }

    /** A card of the demo data of another module (marked demo like the practice module's own). */
    @Transactional
    public PracticeCard createDemo(Actor actor, PracticeDraft draft) {
        return card(actor, createPractice(actor, draft, true).id());
    }

    Practice createPractice(Actor actor, PracticeDraft draft, boolean demo) {
        int year = year(draft.year());
        String region = draft.regionCode() == null || draft.regionCode().isBlank()
                ? actor.regionCode()
                : draft.regionCode().strip();
        if (region == null || territory.region(region).isEmpty()) {
            throw InvalidRequestException.ofFields(Map.of("regionCode", "Укажите регион (двузначный код субъекта РФ)"));
        }
        if (!permissions.canCreate(actor, region, PracticeValidator.blankToNull(draft.leadMunicipality()))) {
            throw new AccessDeniedException("Создавать практики региона " + region
                    + " могут его совет, муниципальные образования региона и секретариат");
        }
        Practice practice = Practice.draft(year, region, validator.check(draft, region, year), actor.username());
        if (demo) {
            practice.markDemo();
        }
        practice = practices.save(practice);
        recordVersion(practice, actor, "создана");
        audit(actor, "practice.create", practice, Map.of("title", String.valueOf(draft.title()), "region", region));
        return practice;
    }

    /**
     * What saving a draft as a card of a region would refuse, without saving: field path → message, empty when nothing.
     * The card form asks this when some of its fields could not even be read, so the user sees every problem at once.
     */
    public Map<String, String> problems(PracticeDraft draft, String region) {
        if (region == null || territory.region(region).isEmpty()) {
            return Map.of("regionCode", "Укажите регион (двузначный код субъекта РФ)");
        }
        try {
            validator.check(draft, region, year(draft.year()));
            return Map.of();
        } catch (InvalidRequestException e) {
            return e.errors();
        }
    }

    /** Revises a card from a workbook row (a draft or a returned card) and keeps the row's fingerprint. */
    void reviseFromImport(Actor actor, long id, PracticeDraft draft, String hash) {
        revise(actor, id, draft);
        jdbc.sql("update practice.practices set import_hash = :h where id = :id")
                .param("h", hash)
                .param("id", id)
                .update();
    }

    @Transactional
    public PracticeCard revise(Actor actor, long id, PracticeDraft draft) {
        Practice practice = readable(actor, id);
        if (!permissions.isAuthor(actor, practice.regionCode(), practice.leadOktmo())) {
            throw new AccessDeniedException("Изменять карточку могут её автор, совет региона и секретариат");
        }
        if (!practice.isEditable()) {
            throw new WorkflowException("Карточка в состоянии «" + practice.status()
                    + "» не правится: изменить можно черновик или возвращённую на доработку");
        }
        if (draft.version() == null) {
            throw InvalidRequestException.ofFields(
                    Map.of("version", "Передайте version — номер версии, которую вы правите"));
        }
        ru.praktika.shared.Versions.requireSeen(draft.version());
        if (draft.version() != practice.version()) {
            throw stale();
        }
        int year = year(draft.year() == null ? practice.year() : draft.year());
        if (draft.regionCode() != null
                && !draft.regionCode().isBlank()
                && !draft.regionCode().equals(practice.regionCode())) {
            throw InvalidRequestException.ofFields(Map.of("regionCode", "Регион практики не меняется"));
        }
        PracticeCard before = queries.card(id).orElseThrow();
        practice.revise(year, validator.check(draft, practice.regionCode(), year));
        practice = save(practice);
        recordVersion(practice, actor, "изменена");
        audit(actor, "practice.revise", practice, Map.of("fromVersion", before.version()));
        return card(actor, id);
    }

    @Transactional
    public PracticeCard act(Actor actor, long id, PracticeAction action, String comment) {
        move(actor, id, action, comment);
        return card(actor, id);
    }

    void move(Actor actor, long id, PracticeAction action, String comment) {
        Practice practice = readable(actor, id);
        if (!permissions.actions(actor, practice).contains(action)) {
            if (Practice.allows(action, practice.status())) {
                throw new AccessDeniedException(
                        "Действие «" + action.pathName() + "» вам недоступно для этой карточки");
            }
            throw new WorkflowException("Действие «" + action.label() + "» недоступно карточке в состоянии «"
                    + practice.status().label() + "»");
        }
        String note = PracticeValidator.blankToNull(comment);
        if (action == PracticeAction.RETURN && note == null) {
            throw InvalidRequestException.ofFields(Map.of("comment", "Объясните в комментарии, что нужно доработать"));
        }
        if (note != null && note.length() > 5000) {
            throw InvalidRequestException.ofFields(Map.of("comment", "Комментарий — не длиннее 5000 знаков"));
        }
        if (action == PracticeAction.SUBMIT) {
            campaigns.checkDeadline(practice.year(), practice.regionCode());
            PracticeCard card = queries.card(id).orElseThrow();
            validator.checkReadyToSubmit(new PracticeValidator.PracticeDraftView(
                    card.problem(), card.description(), card.links().size()));
        }
        Practice.Transition t = switch (action) {
            case SUBMIT -> practice.submit();
            case FORWARD -> practice.forward();
            case RETURN -> practice.returnForRevision();
            case ACCEPT -> practice.accept();
            case PUBLISH -> practice.publish();
        };
        practice = save(practice);
        jdbc.sql("insert into practice.actions (practice_id, action, from_status, to_status, actor, comment)"
                        + " values (:p, :a, :f, :t, :by, :c)")
                .param("p", id)
                .param("a", t.action().name())
                .param("f", t.from().name())
                .param("t", t.to().name())
                .param("by", actor.username())
                .param("c", note)
                .update();
        recordVersion(practice, actor, CHANGE.get(action));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("from", t.from().name());
        details.put("to", t.to().name());
        details.put("comment", note);
        audit(actor, "practice." + action.pathName(), practice, details);
        events.publishEvent(new ru.praktika.practice.PracticeMoved(
                id, practice.regionCode(), practice.title(), action, t.to(), actor.username(), note));
    }

    /** Fields a comment may attach to. */
    public static final java.util.Set<String> COMMENT_FIELDS = java.util.Set.of(
            "title",
            "problem",
            "goals",
            "description",
            "financing",
            "results",
            "legalActs",
            "links",
            "municipalities",
            "replicability",
            "lessons",
            "contacts");

    @Transactional
    public void comment(Actor actor, long id, String text) {
        comment(actor, id, text, null);
    }

    @Transactional
    public void comment(Actor actor, long id, String text, String field) {
        Practice practice = readable(actor, id);
        if (!actor.isAuthenticated()
                || !(actor.has(Role.EXPERT)
                        || actor.isAdmin()
                        || permissions.isAuthor(actor, practice.regionCode(), practice.leadOktmo()))) {
            throw new AccessDeniedException("Комментировать могут эксперты, авторы и секретариат");
        }
        String t = PracticeValidator.blankToNull(text);
        if (t == null || t.length() > 5000) {
            throw InvalidRequestException.ofFields(Map.of("text", "Комментарий — от 1 до 5000 знаков"));
        }
        String f = field == null || field.isBlank() ? null : field.strip();
        if (f != null && !COMMENT_FIELDS.contains(f)) {
            throw InvalidRequestException.ofFields(Map.of("field", "Неизвестное поле карточки «" + f + "»"));
        }
        long commentId = jdbc.sql(
                        "insert into practice.comments (practice_id, author, text, field) values (:p, :a, :t, :f)"
                                + " returning id")
                .param("p", id)
                .param("a", actor.username())
                .param("t", t)
                .param("f", f)
                .query(Long.class)
                .single();
        audit(actor, "practice.comment", practice, Map.of("comment", commentId));
    }

    @Transactional
    public PracticeHistory.AttachmentView attach(Actor actor, long id, String fileName, byte[] content) {
        Practice practice = readable(actor, id);
        if (!permissions.isAuthor(actor, practice.regionCode(), practice.leadOktmo())) {
            throw new AccessDeniedException("Прикладывать файлы могут автор карточки, совет региона и секретариат");
        }
        // files are part of the content: like the text they change only while the card is editable, so every file
        // passes the council's and the association's review before the public sees it
        if (!practice.isEditable()) {
            throw new WorkflowException(
                    "Карточка в состоянии «" + practice.status().label()
                            + "» не правится, файлы к ней не прикладываются: приложить файл можно к черновику или к карточке,"
                            + " возвращённой на доработку");
        }
        if (content.length == 0) {
            throw InvalidRequestException.ofFields(Map.of("file", "Файл пуст"));
        }
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw InvalidRequestException.ofFields(Map.of("file", "Файл больше 20 МБ"));
        }
        String type = FileTypes.recognise(content)
                .orElseThrow(() -> InvalidRequestException.ofFields(Map.of(
                        "file",
                        "Можно приложить PDF, DOCX, XLSX, JPG или PNG; содержимое этого файла не относится ни к одному"
                                + " из них")));
        String name = FileTypes.safeName(fileName, type, "вложение");
        long attachmentId = jdbc.sql("""
                        insert into practice.attachments (practice_id, file_name, content_type, size_bytes, sha256,
                                                          uploaded_by, content)
                        values (:p, :n, :t, :s, :h, :by, :c) returning id
                        """)
                .param("p", id)
                .param("n", name)
                .param("t", type)
                .param("s", content.length)
                .param("h", FileTypes.sha256(content))
                .param("by", actor.username())
                .param("c", content)
                .query(Long.class)
                .single();
        audit(actor, "practice.attach", practice, Map.of("attachment", attachmentId, "file", name));
        return queries.attachments(id).stream()
                .filter(a -> a.id() == attachmentId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * An attachment's bytes for download.
     *
     * @param fileName its name
     * @param contentType its type
     * @param content its bytes
     */
    public record AttachmentContent(String fileName, String contentType, byte[] content) {}

    @Transactional(readOnly = true)
    public AttachmentContent download(Actor actor, long id, long attachmentId) {
        Practice practice = readable(actor, id);
        return jdbc.sql("select file_name, content_type, content from practice.attachments"
                        + " where id = :a and practice_id = :p and (:all or " + PracticeQueries.REVIEWED_ATTACHMENT
                        + ")")
                .param("a", attachmentId)
                .param("p", id)
                .param("all", seesReview(actor, practice))
                .query((rs, i) -> new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Вложение не найдено"));
    }

    @Transactional(readOnly = true)
    public PracticeCard card(Actor actor, long id) {
        PracticeQueries.Stored stored = readableCard(actor, id);
        return shown(actor, stored);
    }

    /**
     * What the actor may see and do on the card page, from one load of the card.
     *
     * @param reviewer sees the review data (score, findings, history, versions, comments)
     * @param contactsPublic the author agreed to show the contact person on the public card
     * @param canPublishContacts may give or withdraw that consent
     * @param canEdit may change the content now
     * @param actions the workflow actions open to the actor now
     */
    public record CardAccess(
            boolean reviewer,
            boolean contactsPublic,
            boolean canPublishContacts,
            boolean canEdit,
            Set<PracticeAction> actions) {}

    @Transactional(readOnly = true)
    public CardAccess access(Actor actor, long id) {
        return access(actor, readableCard(actor, id));
    }

    /**
     * Everything the card page shows, from one read of the card: the card as the actor may see it, what they may do,
     * and the lists of the page (history, versions and comments only for those who see the review data).
     *
     * @param card the card, without the contact person where the public may not see it
     * @param access what the actor may see and do
     * @param versions the saved versions (empty unless a reviewer)
     * @param history the workflow steps (empty unless a reviewer)
     * @param comments the comments (empty unless a reviewer)
     * @param attachments the files the actor may see
     */
    public record CardPage(
            PracticeCard card,
            CardAccess access,
            List<PracticeHistory.VersionView> versions,
            List<PracticeHistory.ActionView> history,
            List<PracticeHistory.CommentView> comments,
            List<PracticeHistory.AttachmentView> attachments) {}

    @Transactional(readOnly = true)
    public CardPage page(Actor actor, long id) {
        PracticeQueries.Stored stored = readableCard(actor, id);
        CardAccess access = access(actor, stored);
        boolean reviewer = access.reviewer();
        return new CardPage(
                shown(actor, stored),
                access,
                reviewer ? queries.versions(id) : List.of(),
                reviewer ? queries.actions(id) : List.of(),
                reviewer ? queries.comments(id) : List.of(),
                reviewer ? queries.attachments(id) : queries.publishedAttachments(id));
    }

    private CardAccess access(Actor actor, PracticeQueries.Stored stored) {
        PracticeCard card = stored.card();
        return new CardAccess(
                seesReview(actor, card),
                stored.contactsPublic(),
                actor.isAuthenticated() && permissions.isAuthor(actor, card.regionCode(), card.leadMunicipality()),
                permissions.canEdit(actor, card.status(), card.regionCode(), card.leadMunicipality()),
                permissions.actions(actor, card.status(), card.regionCode(), card.leadMunicipality()));
    }

    /** The card as this actor may see it: whole for reviewers, else the published content. */
    private PracticeCard shown(Actor actor, PracticeQueries.Stored stored) {
        return seesReview(actor, stored.card()) ? stored.card() : stored.card().forPublic(stored.contactsPublic());
    }

    /** The card read once, with the same check as {@link #readable}: a card the actor may not read is not found. */
    private PracticeQueries.Stored readableCard(Actor actor, long id) {
        PracticeQueries.Stored stored = queries.stored(id).orElseThrow(() -> notFound(id));
        PracticeCard card = stored.card();
        if (!permissions.canRead(actor, card.regionCode(), card.municipalities(), card.status())) {
            throw notFound(id);
        }
        return stored;
    }

    private boolean seesReview(Actor actor, PracticeCard card) {
        return permissions.canSeeReview(actor, card.regionCode(), card.municipalities());
    }

    /** The author agrees (or no longer agrees) that the contact person is shown to the public. */
    @Transactional
    public void publishContacts(Actor actor, long id, boolean consent) {
        Practice practice = readable(actor, id);
        if (!permissions.isAuthor(actor, practice.regionCode(), practice.leadOktmo())) {
            throw new ru.praktika.shared.AccessDeniedException(
                    "Согласие на публикацию контактов даёт автор практики или совет её региона");
        }
        // not a revision of the content: no new version, no clash with an editor's open form
        jdbc.sql("update practice.practices set contacts_public = :c where id = :id")
                .param("c", consent)
                .param("id", id)
                .update();
        audit(actor, consent ? "practice.contacts.publish" : "practice.contacts.hide", practice, Map.of());
    }

    private boolean seesReview(Actor actor, Practice practice) {
        return permissions.canSeeReview(actor, practice.regionCode(), practice.municipalityCodes());
    }

    private Practice reviewable(Actor actor, long id) {
        Practice practice = readable(actor, id);
        if (!seesReview(actor, practice)) {
            throw new ru.praktika.shared.AccessDeniedException(
                    "История, версии и замечания карточки видны её авторам и проверяющим");
        }
        return practice;
    }

    @Transactional(readOnly = true)
    public Set<PracticeAction> actions(Actor actor, long id) {
        return permissions.actions(actor, readable(actor, id));
    }

    @Transactional(readOnly = true)
    public boolean canEdit(Actor actor, long id) {
        return permissions.canEdit(actor, readable(actor, id));
    }

    @Transactional(readOnly = true)
    public List<PracticeHistory.VersionView> versions(Actor actor, long id) {
        reviewable(actor, id);
        return queries.versions(id);
    }

    @Transactional(readOnly = true)
    public List<PracticeHistory.ActionView> history(Actor actor, long id) {
        reviewable(actor, id);
        return queries.actions(id);
    }

    @Transactional(readOnly = true)
    public List<PracticeHistory.CommentView> comments(Actor actor, long id) {
        reviewable(actor, id);
        return queries.comments(id);
    }

    @Transactional(readOnly = true)
    public List<PracticeHistory.AttachmentView> attachments(Actor actor, long id) {
        Practice practice = readable(actor, id);
        return seesReview(actor, practice) ? queries.attachments(id) : queries.publishedAttachments(id);
    }

    /** What changed between two versions of a card, field by field. */
    @Transactional(readOnly = true)
    public List<PracticeHistory.DiffLine> diff(Actor actor, long id, long from, long to) {
        reviewable(actor, id);
        String older = queries.snapshot(id, from)
                .orElseThrow(() -> new NotFoundException("Версии " + from + " у карточки нет"));
        String newer =
                queries.snapshot(id, to).orElseThrow(() -> new NotFoundException("Версии " + to + " у карточки нет"));
        return PracticeDiff.between(json, older, newer);
    }

    private Practice readable(Actor actor, long id) {
        Practice practice = practices.findById(id).orElseThrow(() -> notFound(id));
        if (!permissions.canRead(actor, practice.regionCode(), practice.municipalityCodes(), practice.status())) {
            throw notFound(id);
        }
        return practice;
    }

    private void recordVersion(Practice practice, Actor actor, String change) {
        PracticeCard card = queries.card(practice.id()).orElseThrow();
        events.publishEvent(saved(card));
        jdbc.sql("""
                        insert into practice.versions (practice_id, version, saved_by, status, change, snapshot)
                        values (:p, :v, :by, :s, :c, cast(:snap as jsonb))
                        """)
                .param("p", practice.id())
                .param("v", practice.version())
                .param("by", actor.username())
                .param("s", practice.status().name())
                .param("c", change)
                .param("snap", json.writeValueAsString(card))
                .update();
    }

    /** What linkage and review learn of a saved card. */
    public static PracticeSaved saved(PracticeCard card) {
        return new PracticeSaved(
                card.id(),
                card.regionCode(),
                card.year(),
                card.title(),
                String.join(
                        "\n",
                        java.util.stream.Stream.of(card.problem(), card.goals(), card.description())
                                .filter(java.util.Objects::nonNull)
                                .toList()),
                card.status(),
                card.municipalities(),
                card.links().stream().map(l -> l.nationalProject()).distinct().toList(),
                card.links().stream()
                        .map(l -> l.federalProject())
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList());
    }

    private Practice save(Practice practice) {
        try {
            return practices.save(practice);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockingFailureException) {
                    throw stale();
                }
            }
            throw e;
        }
    }

    private void audit(Actor actor, String action, Practice practice, Map<String, ?> details) {
        Map<String, Object> withRegion = new LinkedHashMap<>(details);
        withRegion.putIfAbsent("region", practice.regionCode());
        events.publishEvent(AuditedAction.by(actor, action, "practice", practice.id(), withRegion));
    }

    private static int year(Integer year) {
        if (year == null || year < 2015 || year > 2035) {
            throw InvalidRequestException.ofFields(Map.of("year", "Год кампании — от 2015 до 2035"));
        }
        return year;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("Практика №" + id + " не найдена");
    }

    private static ConflictException stale() {
        return new ConflictException(
                "Карточку уже изменил другой пользователь: ваша версия устарела. Обновите карточку и внесите правки снова.");
    }
}
