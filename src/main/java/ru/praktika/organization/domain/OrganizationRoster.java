package ru.praktika.organization.domain;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.organization.OrganizationKind;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * Makes sure the organizations every installation has exist: the association, one council per subject of the RF,
 * and the partners and federal body named in the press release of 26.08.2020. Idempotent (each seeded row has a
 * {@code seed_key}), so renames by the admin survive restarts and a new subject gets its council.
 */
@Component
class OrganizationRoster {

    private static final Logger log = LoggerFactory.getLogger(OrganizationRoster.class);

    private record Seed(
            String key, OrganizationKind kind, String name, String shortName, String head, String position) {}

    private static final List<Seed> FOUNDING = List.of(
            new Seed(
                    "association",
                    OrganizationKind.ASSOCIATION,
                    "Всероссийская ассоциация развития местного самоуправления",
                    "ВАРМСУ",
                    "Цецерский Иван",
                    "Председатель Правления"),
            new Seed(
                    "partner-srg",
                    OrganizationKind.PARTNER,
                    "Союз российских городов",
                    "СРГ",
                    "Игнатьева Александра",
                    "Генеральный директор"),
            new Seed(
                    "partner-vsms",
                    OrganizationKind.PARTNER,
                    "Всероссийский совет местного самоуправления",
                    "ВСМС",
                    "Романова Светлана",
                    "Руководитель Центрального исполнительного комитета"),
            new Seed(
                    "partner-amsg",
                    OrganizationKind.PARTNER,
                    "Ассоциация малых и средних городов России",
                    "АМСГ",
                    "Воронин Владимир",
                    "Директор"),
            new Seed(
                    "partner-avc",
                    OrganizationKind.PARTNER,
                    "Ассоциация волонтерских центров",
                    "АВЦ",
                    "Метелев Артем",
                    "Председатель Совета"),
            new Seed(
                    "federal-upvp",
                    OrganizationKind.FEDERAL_BODY,
                    "Управление Президента Российской Федерации по внутренней политике",
                    "УПВП",
                    null,
                    null));

    private final JdbcClient jdbc;
    private final TerritoryApi territory;
    private final TransactionTemplate tx;

    OrganizationRoster(JdbcClient jdbc, TerritoryApi territory, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.territory = territory;
        this.tx = tx;
    }

    void seed() {
        int created = tx.execute(status -> {
            int n = 0;
            for (Seed s : FOUNDING) {
                n += insertIfMissing(s.key(), s.kind(), s.name(), s.shortName(), null, s.head(), s.position());
            }
            for (RegionView r : territory.regions()) {
                String genitive = territory.nameInGenitive(r.code());
                n += insertIfMissing(
                        "council-" + r.code(),
                        OrganizationKind.REGIONAL_COUNCIL,
                        "Совет муниципальных образований " + genitive,
                        "СМО " + genitive,
                        r.code(),
                        null,
                        null);
            }
            return n;
        });
        if (created > 0) {
            log.info("Created {} organizations of the roster", created);
        }
    }

    private int insertIfMissing(
            String key,
            OrganizationKind kind,
            String name,
            String shortName,
            String region,
            String head,
            String position) {
        return jdbc.sql("""
                        insert into organization.organizations (kind, name, short_name, region_code, head_name,
                                                                head_position, seed_key)
                        values (:kind, :name, :short, :region, :head, :position, :key)
                        on conflict do nothing
                        """)
                .param("kind", kind.name())
                .param("name", name)
                .param("short", shortName)
                .param("region", region)
                .param("head", head)
                .param("position", position)
                .param("key", key)
                .update();
    }
}
