package ru.praktika.library.domain;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.library.AdoptionView;
import ru.praktika.library.PracticeAdopted;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PracticeCard;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.shared.Role;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.TerritoryApi;

/**
 * «Мы внедрили эту практику»: a municipality records that it repeated a published practice, with its own period and
 * results. A municipal operator records it for its own municipality, a regional operator for any municipality of its
 * region; the author's municipalities cannot adopt their own practice. One record per municipality and practice,
 * changed by recording again; the author's council hears of it.
 */
@Service
public class Adoptions {

    static final int MAX_RESULTS = 2000;

    private final JdbcClient jdbc;
    private final PracticeApi practices;
    private final TerritoryApi territory;
    private final LibraryIndex index;
    private final ApplicationEventPublisher events;

    Adoptions(
            JdbcClient jdbc,
            PracticeApi practices,
            TerritoryApi territory,
            LibraryIndex index,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.practices = practices;
        this.territory = territory;
        this.index = index;
        this.events = events;
    }

    /**
     * What someone types to record an adoption.
     *
     * @param oktmo the municipality that adopted it (a municipal operator's own is taken when empty)
     * @param periodFrom since when
     * @param periodTo until when, or empty when it goes on
     * @param results what it achieved
     */
    public record Adoption(String oktmo, LocalDate periodFrom, LocalDate periodTo, String results) {}

    /** Whether the actor may record adoptions at all (the page shows the form only then). */
    public static boolean mayAdopt(Actor actor) {
        return actor.isAuthenticated()
                && (actor.has(Role.MUNICIPAL_OPERATOR) && actor.oktmo() != null
                        || actor.has(Role.REGIONAL_OPERATOR) && actor.regionCode() != null);
    }

    /** The municipalities the actor may record an adoption for: its own, or its region's. */
    public List<MunicipalityView> municipalitiesFor(Actor actor) {
        if (actor.has(Role.MUNICIPAL_OPERATOR) && actor.oktmo() != null) {
            return territory.municipality(actor.oktmo()).stream().toList();
        }
        return List.of();
    }

    @Transactional
    public AdoptionView record(Actor actor, long practiceId, Adoption a) {
        if (!mayAdopt(actor)) {
            throw new AccessDeniedException(
                    "Отметить внедрение может оператор муниципального образования или регионального совета");
        }
        PracticeCard card = practices
                .published(practiceId)
                .orElseThrow(() -> new NotFoundException("Практика не найдена в библиотеке"))
                .card();
        Map<String, String> errors = new LinkedHashMap<>();
        String oktmo = a.oktmo() == null || a.oktmo().isBlank()
                ? actor.oktmo()
                : a.oktmo().strip();
        MunicipalityView m =
                oktmo == null ? null : territory.municipality(oktmo).orElse(null);
        if (m == null) {
            errors.put("oktmo", "Выберите муниципальное образование, которое внедрило практику");
        } else if (actor.has(Role.MUNICIPAL_OPERATOR)
                && !actor.has(Role.REGIONAL_OPERATOR)
                && !m.oktmo().equals(actor.oktmo())) {
            throw new AccessDeniedException("Оператор муниципального образования отмечает внедрение только за своё");
        } else if (!actor.has(Role.MUNICIPAL_OPERATOR) && !m.regionCode().equals(actor.regionCode())) {
            throw new AccessDeniedException(
                    "Региональный оператор отмечает внедрение только за муниципалитеты региона");
        } else if (card.municipalities().contains(m.oktmo())) {
            errors.put("oktmo", "Это муниципальное образование — автор практики, отметить внедрение может другое");
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
        if (a.periodFrom() == null) {
            errors.put("periodFrom", "Укажите, с какого времени практика применяется");
        } else if (a.periodFrom().isAfter(today)) {
            errors.put(
                    "periodFrom", "Внедрение отмечают, когда практика уже применяется: дата начала не позже сегодня");
        } else if (a.periodTo() != null && a.periodTo().isBefore(a.periodFrom())) {
            errors.put("periodTo", "Дата окончания не может быть раньше даты начала");
        }
        String results = a.results() == null ? "" : a.results().strip();
        if (results.length() < 10) {
            errors.put("results", "Опишите результаты внедрения: хотя бы одно предложение");
        } else if (results.length() > MAX_RESULTS) {
            errors.put("results", "Не больше " + MAX_RESULTS + " знаков");
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.ofFields(errors);
        }
        long id = jdbc.sql("""
                        insert into library.adoptions (practice_id, oktmo, region_code, municipality, period_from,
                            period_to, results, recorded_by)
                        values (:p, :o, :r, :m, :from, :to, :results, :by)
                        on conflict (practice_id, oktmo) do update set period_from = excluded.period_from,
                            period_to = excluded.period_to, results = excluded.results,
                            recorded_by = excluded.recorded_by, recorded_at = now()
                        returning id
                        """)
                .param("p", practiceId)
                .param("o", m.oktmo())
                .param("r", m.regionCode())
                .param("m", m.name())
                .param("from", a.periodFrom())
                .param("to", a.periodTo())
                .param("results", results)
                .param("by", actor.username())
                .query(Long.class)
                .single();
        index.adoptionsChanged(practiceId);
        events.publishEvent(AuditedAction.by(
                actor,
                "library.adopt",
                "practice",
                practiceId,
                Map.of("oktmo", m.oktmo(), "periodFrom", a.periodFrom().toString(), "results", results)));
        events.publishEvent(new PracticeAdopted(
                practiceId, card.title(), card.regionCode(), m.name(), m.regionCode(), actor.username()));
        return adoptions(practiceId).stream()
                .filter(v -> v.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Withdraws an adoption: its recorder's municipality or region only. */
    @Transactional
    public void withdraw(Actor actor, long practiceId, long adoptionId) {
        AdoptionView a = adoptions(practiceId).stream()
                .filter(v -> v.id() == adoptionId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Отметка о внедрении не найдена"));
        boolean own = actor.has(Role.MUNICIPAL_OPERATOR) && a.oktmo().equals(actor.oktmo())
                || actor.has(Role.REGIONAL_OPERATOR) && a.regionCode().equals(actor.regionCode())
                || actor.isAdmin();
        if (!own) {
            throw new AccessDeniedException("Снять отметку о внедрении может только тот, кто её поставил");
        }
        jdbc.sql("delete from library.adoptions where id = :id")
                .param("id", adoptionId)
                .update();
        index.adoptionsChanged(practiceId);
        events.publishEvent(AuditedAction.by(
                actor, "library.withdrawAdoption", "practice", practiceId, Map.of("oktmo", a.oktmo())));
    }

    /** The adoptions of a practice, newest first. Public. */
    @Transactional(readOnly = true)
    public List<AdoptionView> adoptions(long practiceId) {
        return jdbc.sql("""
                        select id, practice_id, oktmo, region_code, municipality, period_from, period_to, results,
                               recorded_at
                        from library.adoptions where practice_id = :p order by recorded_at desc, id desc
                        """)
                .param("p", practiceId)
                .query((rs, i) -> new AdoptionView(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8),
                        rs.getTimestamp(9).toInstant()))
                .list();
    }
}
