package ru.praktika.practice.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.practice.CampaignView;
import ru.praktika.practice.PracticeStatus;
import ru.praktika.practice.RegionBoardRow;
import ru.praktika.shared.Actor;
import ru.praktika.shared.DeskPanel;
import ru.praktika.shared.Role;
import ru.praktika.shared.RussianNumbers;
import ru.praktika.territory.TerritoryApi;

/**
 * The practice panels of a desk: for a council, its open campaign with the deadline and its cards by state with the
 * returned ones first (and why); for the secretariat, the cards waiting for the association and the campaign board;
 * for an expert, the cards waiting for an opinion; for a municipality, its own cards.
 */
@Component
class PracticeDesk implements DeskPanel.Source {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int LIST = 8;

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final TerritoryApi territory;

    PracticeDesk(JdbcClient jdbc, Campaigns campaigns, TerritoryApi territory) {
        this.territory = territory;
        this.jdbc = jdbc;
        this.campaigns = campaigns;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeskPanel> panels(Actor actor) {
        List<DeskPanel> panels = new ArrayList<>();
        Optional<CampaignView> campaign = openCampaign();
        if (actor.isAdmin()) {
            panels.add(waitingForAssociation("Ждут решения ассоциации", "Все карточки в ассоциации"));
            campaign.ifPresent(c -> panels.add(board(c)));
        } else if (actor.has(Role.REGIONAL_OPERATOR) && actor.regionCode() != null) {
            String scope = "p.region_code = :scope";
            panels.add(returned(
                    scope, actor.regionCode(), "/practices?region=" + actor.regionCode() + "&status=RETURNED"));
            campaign.ifPresent(c -> panels.add(campaign(c, scope, actor.regionCode(), actor.regionCode())));
            panels.add(waiting(
                    scope,
                    actor.regionCode(),
                    PracticeStatus.SUBMITTED,
                    "Ждут решения совета",
                    "Новых карточек от муниципальных образований нет."));
        } else if (actor.has(Role.MUNICIPAL_OPERATOR) && actor.oktmo() != null) {
            String scope =
                    "exists (select 1 from practice.practice_municipalities m where m.practice_id = p.id and m.oktmo = :scope)";
            panels.add(returned(scope, actor.oktmo(), "/practices?status=RETURNED"));
            campaign.ifPresent(c -> panels.add(campaign(c, scope, actor.oktmo(), actor.regionCode())));
        }
        if (actor.has(Role.EXPERT) && !actor.isAdmin()) {
            panels.add(waitingForAssociation("Ждут мнения эксперта", "Все карточки в ассоциации"));
        }
        return panels;
    }

    private Optional<CampaignView> openCampaign() {
        return campaigns.campaigns().stream().filter(CampaignView::open).findFirst();
    }

    private DeskPanel returned(String scope, String value, String more) {
        List<DeskPanel.Item> items = jdbc.sql("""
                        select p.id, p.title,
                               (select a.comment from practice.actions a
                                where a.practice_id = p.id and a.to_status = 'RETURNED' order by a.id desc limit 1)
                        from practice.practices p
                        where p.status = 'RETURNED' and %s
                        order by p.updated_at
                        limit %d
                        """.formatted(scope, LIST))
                .param("scope", value)
                .query((rs, i) -> new DeskPanel.Item(
                        rs.getString(2),
                        "/practices/" + rs.getLong(1),
                        rs.getString(3) == null ? null : "Причина: " + rs.getString(3),
                        true))
                .list();
        return new DeskPanel(2, "Возвращены на доработку", null, items, null, more, "Все возвращённые карточки");
    }

    private DeskPanel campaign(CampaignView c, String scope, String value, String region) {
        LocalDate deadline = region == null ? c.deadline() : c.deadlineFor(region);
        long days = ChronoUnit.DAYS.between(LocalDate.now(), deadline);
        String summary = "Приём карточек " + c.period() + " — до " + DATE.format(deadline)
                + (days > 0
                        ? " (осталось " + RussianNumbers.count(days, "день", "дня", "дней") + ")"
                        : days == 0 ? " (последний день)" : " (срок прошёл)");
        Map<PracticeStatus, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select p.status, count(*) from practice.practices p where p.year = :year and %s group by p.status"
                        .formatted(scope))
                .param("year", c.year())
                .param("scope", value)
                .query((rs, i) -> counts.put(PracticeStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        List<DeskPanel.Item> items = new ArrayList<>();
        String base = "/practices?year=" + c.year() + (region == null ? "" : "&region=" + region);
        for (PracticeStatus s : List.of(
                PracticeStatus.RETURNED,
                PracticeStatus.DRAFT,
                PracticeStatus.SUBMITTED,
                PracticeStatus.FORWARDED,
                PracticeStatus.ACCEPTED,
                PracticeStatus.PUBLISHED)) {
            long n = counts.getOrDefault(s, 0L);
            if (n > 0) {
                items.add(new DeskPanel.Item(
                        label(s) + ": " + RussianNumbers.format(n),
                        base + "&status=" + s.name(),
                        null,
                        s == PracticeStatus.RETURNED));
            }
        }
        return new DeskPanel(
                3,
                "Кампания " + c.year() + " года",
                summary,
                items,
                "Карточек в этой кампании пока нет.",
                base,
                "Все карточки кампании");
    }

    private DeskPanel waiting(String scope, String value, PracticeStatus status, String title, String empty) {
        List<DeskPanel.Item> items = jdbc.sql("""
                        select p.id, p.title, p.updated_at from practice.practices p
                        where p.status = :status and %s order by p.updated_at limit %d
                        """.formatted(scope, LIST))
                .param("status", status.name())
                .param("scope", value)
                .query((rs, i) -> new DeskPanel.Item(
                        rs.getString(2),
                        "/practices/" + rs.getLong(1),
                        "с " + DATE.format(rs.getTimestamp(3).toLocalDateTime()),
                        false))
                .list();
        return new DeskPanel(7, title, null, items, empty, "/practices?region=" + value + "&status=" + status, "Все");
    }

    private DeskPanel waitingForAssociation(String title, String more) {
        long total = jdbc.sql("select count(*) from practice.practices where status = 'FORWARDED'")
                .query(Long.class)
                .single();
        List<DeskPanel.Item> items = jdbc.sql("""
                        select p.id, p.title, p.region_code, p.updated_at from practice.practices p
                        where p.status = 'FORWARDED' order by p.updated_at limit %d
                        """.formatted(LIST))
                .query((rs, i) -> new DeskPanel.Item(
                        rs.getString(2),
                        "/practices/" + rs.getLong(1),
                        territory.requireRegion(rs.getString(3)).fullName() + " · передана "
                                + DATE.format(rs.getTimestamp(4).toLocalDateTime()),
                        false))
                .list();
        return new DeskPanel(
                5,
                title,
                total == 0 ? null : "Всего в ассоциации: " + RussianNumbers.format(total),
                items,
                "Карточек, ждущих решения, нет.",
                "/practices?status=FORWARDED",
                more);
    }

    private DeskPanel board(CampaignView c) {
        List<RegionBoardRow> rows = campaigns.board(c.year());
        long active = rows.stream().filter(r -> r.practices() > 0).count();
        long accepted = rows.stream().mapToLong(RegionBoardRow::accepted).sum();
        long returned = rows.stream().mapToLong(RegionBoardRow::returned).sum();
        long practices = rows.stream().mapToLong(RegionBoardRow::practices).sum();
        List<DeskPanel.Item> items = List.of(
                new DeskPanel.Item(
                        "Регионов с карточками: " + RussianNumbers.format(active) + " из " + rows.size(),
                        "/campaigns/" + c.year(),
                        null,
                        false),
                new DeskPanel.Item("Карточек: " + RussianNumbers.format(practices), null, null, false),
                new DeskPanel.Item("Принято: " + RussianNumbers.format(accepted), null, null, false),
                new DeskPanel.Item("На доработке: " + RussianNumbers.format(returned), null, null, returned > 0));
        return new DeskPanel(
                6,
                "Кампания " + c.year() + " года",
                "Приём карточек " + c.period() + " — до " + DATE.format(c.deadline()),
                items,
                null,
                "/campaigns/" + c.year(),
                "Табло 89 регионов");
    }

    private static String label(PracticeStatus s) {
        return Character.toUpperCase(s.label().charAt(0)) + s.label().substring(1);
    }
}
