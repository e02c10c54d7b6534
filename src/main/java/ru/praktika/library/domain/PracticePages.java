package ru.praktika.library.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.competition.CompetitionApi;
import ru.praktika.library.PracticePage;
import ru.praktika.linkage.LinkageApi;
import ru.praktika.practice.PracticeApi;
import ru.praktika.practice.PublishedCard;
import ru.praktika.shared.NotFoundException;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * The public page of a practice: the published card, its award, its adoptions and similar practices — those linkage
 * finds alike by their words, then, to make up six, the best of the library serving the same federal (or national)
 * project.
 */
@Component
public class PracticePages {

    static final int SIMILAR = 6;

    private final PracticeApi practices;
    private final TerritoryApi territory;
    private final CompetitionApi competition;
    private final LinkageApi linkage;
    private final Adoptions adoptions;
    private final JdbcClient jdbc;

    PracticePages(
            PracticeApi practices,
            TerritoryApi territory,
            CompetitionApi competition,
            LinkageApi linkage,
            Adoptions adoptions,
            JdbcClient jdbc) {
        this.practices = practices;
        this.territory = territory;
        this.competition = competition;
        this.linkage = linkage;
        this.adoptions = adoptions;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public PracticePage page(long id) {
        PublishedCard published =
                practices.published(id).orElseThrow(() -> new NotFoundException("Практика не найдена в библиотеке"));
        RegionView region = territory.requireRegion(published.card().regionCode());
        return new PracticePage(
                published.card(),
                region.fullName(),
                region.federalDistrict(),
                published.attachments(),
                competition.awards(List.of(id)).get(id),
                adoptions.adoptions(id),
                similar(id));
    }

    private List<PracticePage.SimilarHit> similar(long id) {
        Set<Long> ids = new LinkedHashSet<>();
        linkage.similar(id, SIMILAR).forEach(s -> ids.add(s.id()));
        List<PracticePage.SimilarHit> out = new ArrayList<>();
        if (!ids.isEmpty()) {
            jdbc
                    .sql("""
                            select e.practice_id, e.title, e.region_code, e.year from library.entries e
                            where e.practice_id in (:ids)
                            """)
                    .param("ids", ids)
                    .query((rs, i) -> hit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                    .list()
                    .stream()
                    .sorted(java.util.Comparator.comparingInt(
                            h -> List.copyOf(ids).indexOf(h.id())))
                    .forEach(out::add);
        }
        if (out.size() < SIMILAR) {
            Set<Long> have = new LinkedHashSet<>(ids);
            have.add(id);
            jdbc.sql("""
                            select o.practice_id, o.title, o.region_code, o.year
                            from library.entries me join library.entries o
                              on o.practice_id <> me.practice_id
                             and (o.federal_codes && me.federal_codes or o.national_codes && me.national_codes)
                            where me.practice_id = :id and o.practice_id not in (:have)
                            order by (o.federal_codes && me.federal_codes) desc, o.prior desc, o.practice_id desc
                            limit :n
                            """)
                    .param("id", id)
                    .param("have", have)
                    .param("n", SIMILAR - out.size())
                    .query((rs, i) -> hit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                    .list()
                    .forEach(out::add);
        }
        return out;
    }

    private PracticePage.SimilarHit hit(long id, String title, String region, int year) {
        return new PracticePage.SimilarHit(
                id, title, territory.region(region).map(RegionView::name).orElse(region), year);
    }
}
