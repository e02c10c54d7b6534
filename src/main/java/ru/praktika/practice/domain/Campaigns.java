package ru.praktika.practice.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.nationalproject.Period;
import ru.praktika.practice.CampaignView;
import ru.praktika.practice.RegionBoardRow;
import ru.praktika.shared.AccessDeniedException;
import ru.praktika.shared.Actor;
import ru.praktika.shared.AuditedAction;
import ru.praktika.shared.ConflictException;
import ru.praktika.shared.InvalidRequestException;
import ru.praktika.shared.NotFoundException;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * The yearly reporting campaigns: the secretariat opens one per year (it takes the national-project period of that
 * year) with a deadline and instructions, and may extend a region's deadline. Past its deadline a region cannot
 * submit practices of that year. The status board shows all 89 regions, most in need of attention first.
 */
@Service
public class Campaigns {

    private static final Map<String, Integer> ATTENTION =
            Map.of("RETURNED", 0, "NOT_STARTED", 1, "DRAFTING", 2, "SUBMITTED", 3, "ACCEPTED", 4);

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final ApplicationEventPublisher events;

    Campaigns(JdbcClient jdbc, TerritoryApi territory, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.events = events;
    }

    @Transactional
    public CampaignView open(Actor actor, int year, LocalDate deadline, String instructions) {
        requireAdmin(actor);
        if (year < 2015 || year > 2035) {
            throw InvalidRequestException.ofFields(Map.of("year", "Год кампании — от 2015 до 2035"));
        }
        if (deadline == null) {
            throw InvalidRequestException.ofFields(Map.of("deadline", "Укажите срок представления практик"));
        }
        if (campaign(year).isPresent()) {
            throw new ConflictException("Кампания " + year + " года уже открыта");
        }
        jdbc.sql("insert into practice.campaigns (year, period, deadline, instructions, opened_by)"
                        + " values (:y, :p, :d, :i, :by)")
                .param("y", year)
                .param("p", Period.ofYear(year).label())
                .param("d", deadline)
                .param("i", instructions == null || instructions.isBlank() ? null : instructions.strip())
                .param("by", actor.username())
                .update();
        events.publishEvent(
                AuditedAction.by(actor, "campaign.open", "campaign", year, Map.of("deadline", deadline.toString())));
        return campaign(year).orElseThrow();
    }

    @Transactional
    public void extend(Actor actor, int year, String regionCode, LocalDate deadline) {
        requireAdmin(actor);
        campaign(year).orElseThrow(() -> new NotFoundException("Кампании " + year + " года нет"));
        territory.requireRegion(regionCode);
        if (deadline == null) {
            throw InvalidRequestException.ofFields(Map.of("deadline", "Укажите новый срок"));
        }
        jdbc.sql("""
                        insert into practice.campaign_extensions (year, region_code, deadline, granted_by)
                        values (:y, :r, :d, :by)
                        on conflict (year, region_code) do update set deadline = excluded.deadline,
                            granted_by = excluded.granted_by, granted_at = now()
                        """)
                .param("y", year)
                .param("r", regionCode)
                .param("d", deadline)
                .param("by", actor.username())
                .update();
        events.publishEvent(AuditedAction.by(
                actor,
                "campaign.extend",
                "campaign",
                year,
                Map.of("region", regionCode, "deadline", deadline.toString())));
    }

    public List<CampaignView> campaigns() {
        return jdbc.sql("select year from practice.campaigns order by year desc").query(Integer.class).list().stream()
                .map(y -> campaign(y).orElseThrow())
                .toList();
    }

    public Optional<CampaignView> campaign(int year) {
        Map<String, LocalDate> extensions = new HashMap<>();
        jdbc.sql("select region_code, deadline from practice.campaign_extensions where year = :y")
                .param("y", year)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getObject(2, LocalDate.class)))
                .list()
                .forEach(e -> extensions.put(e.getKey(), e.getValue()));
        return jdbc.sql("select year, period, deadline, instructions from practice.campaigns where year = :y")
                .param("y", year)
                .query((rs, i) -> {
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    return new CampaignView(
                            rs.getInt("year"),
                            rs.getString("period"),
                            deadline,
                            rs.getString("instructions"),
                            extensions,
                            !LocalDate.now().isAfter(deadline));
                })
                .optional();
    }

    /** Refuses a submission of a region past its deadline in that year's campaign. */
    void checkDeadline(int year, String regionCode) {
        campaign(year).ifPresent(c -> {
            LocalDate deadline = c.deadlineFor(regionCode);
            if (LocalDate.now().isAfter(deadline)) {
                throw new DeadlinePassedException(year, deadline);
            }
        });
    }

    /**
     * The regions of a campaign — the subjects of the RF at the end of its year (85 in 2020, 89 since the four of
     * 30 September 2022), and any region that reported anyway — the ones that need attention first.
     */
    public List<RegionBoardRow> board(int year) {
        CampaignView campaign =
                campaign(year).orElseThrow(() -> new NotFoundException("Кампании " + year + " года нет"));
        Map<String, long[]> counts = new HashMap<>();
        Map<String, java.time.Instant> activity = new HashMap<>();
        jdbc.sql("""
                        select region_code,
                               count(*) as all_practices,
                               count(*) filter (where status = 'DRAFT') as drafts,
                               count(*) filter (where status in ('SUBMITTED', 'FORWARDED')) as submitted,
                               count(*) filter (where status = 'RETURNED') as returned,
                               count(*) filter (where status in ('ACCEPTED', 'PUBLISHED')) as accepted,
                               max(updated_at) as last_activity
                        from practice.practices where year = :y group by region_code
                        """)
                .param("y", year)
                .query((rs, i) -> {
                    counts.put(
                            rs.getString(1),
                            new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)});
                    activity.put(rs.getString(1), rs.getTimestamp(7).toInstant());
                    return null;
                })
                .list();
        List<RegionBoardRow> rows = new ArrayList<>();
        java.time.LocalDate yearEnd = java.time.LocalDate.of(year, 12, 31);
        for (RegionView r : territory.regions()) {
            if (!r.existedOn(yearEnd) && !counts.containsKey(r.code())) {
                continue;
            }
            long[] c = counts.getOrDefault(r.code(), new long[5]);
            String status = c[0] == 0
                    ? "NOT_STARTED"
                    : c[3] > 0 ? "RETURNED" : c[2] > 0 ? "SUBMITTED" : c[1] > 0 ? "DRAFTING" : "ACCEPTED";
            rows.add(new RegionBoardRow(
                    r.code(),
                    r.fullName(),
                    r.federalDistrict(),
                    status,
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    c[4],
                    campaign.deadlineFor(r.code()),
                    activity.get(r.code())));
        }
        rows.sort(Comparator.comparing((RegionBoardRow r) -> ATTENTION.get(r.status()))
                .thenComparing(RegionBoardRow::regionCode));
        return rows;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException("Кампании открывает и продлевает секретариат ассоциации");
        }
    }
}
