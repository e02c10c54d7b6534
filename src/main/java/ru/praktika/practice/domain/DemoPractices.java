package ru.praktika.practice.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.nationalproject.NationalProjectApi;
import ru.praktika.nationalproject.RegionalProjectView;
import ru.praktika.practice.FinancingSource;
import ru.praktika.practice.Mechanism;
import ru.praktika.practice.PracticeAction;
import ru.praktika.practice.PracticeDraft;
import ru.praktika.practice.PracticeParts;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * Demo mode only: 320 practices in 46 regions across all 14 national projects of 2019–2024, written from the
 * templates in {@code demo/practice_templates.csv} (texts varied from the project's linkage examples), in every
 * workflow state, some inter-municipal, some financed by concessions and ГЧП/МЧП. They go through the real service
 * (validation, versions, workflow, audit) as the region's council and the secretariat would. Created once;
 * deterministic (fixed seed).
 */
@Component
class DemoPractices {

    static final int COUNT = 320;
    static final int REGIONS = 46;
    /** The demo campaign: its practices are in every state; its deadline is always a month ahead. */
    static final int YEAR = 2024;

    private static final Logger log = LoggerFactory.getLogger(DemoPractices.class);

    private final PracticeService practices;
    private final TerritoryApi territory;
    private final NationalProjectApi catalogue;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final boolean demo;
    private final Campaigns campaigns;

    DemoPractices(
            Campaigns campaigns,
            PracticeService practices,
            TerritoryApi territory,
            NationalProjectApi catalogue,
            JdbcClient jdbc,
            TransactionTemplate tx,
            @Value("${praktika.demo:false}") boolean demo) {
        this.practices = practices;
        this.territory = territory;
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.tx = tx;
        this.demo = demo;
        this.campaigns = campaigns;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void create() {
        if (!demo
                || jdbc.sql("select count(*) from practice.practices where demo")
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        long started = System.nanoTime();
        Actor admin = new Actor(0L, "secretariat", Set.of(Role.ADMIN), null, null);
        if (campaigns.campaign(YEAR).isEmpty()) {
            tx.executeWithoutResult(s -> campaigns.open(
                    admin,
                    YEAR,
                    java.time.LocalDate.now().plusDays(30),
                    "Представьте лучшие практики муниципальных образований региона, реализованные в " + YEAR
                            + " году, с указанием связи с национальными, федеральными и региональными проектами."));
        }
        List<CSVRecord> templates = templates();
        Random random = new Random(2026);
        List<RegionView> regions = new ArrayList<>(territory.regions());
        Collections.shuffle(regions, random);
        List<String> chosen = new ArrayList<>(List.of("59", "16"));
        regions.stream()
                .map(RegionView::code)
                .filter(c -> !chosen.contains(c))
                .limit(REGIONS - 2L)
                .forEach(chosen::add);
        Map<String, List<MunicipalityView>> places = new HashMap<>();
        for (int i = 0; i < COUNT; i++) {
            String region = chosen.get(i % chosen.size());
            CSVRecord t = template(templates, region, i);
            List<MunicipalityView> mos = places.computeIfAbsent(region, this::municipalitiesOf);
            if (mos.isEmpty()) {
                continue;
            }
            int n = i;
            tx.executeWithoutResult(s -> one(n, t, region, mos, random));
        }
        log.info("Demo mode: {} practices created in {} s", COUNT, (System.nanoTime() - started) / 1_000_000_000L);
    }

    private void one(int i, CSVRecord t, String region, List<MunicipalityView> mos, Random random) {
        MunicipalityView lead = mos.get(random.nextInt(mos.size()));
        List<String> others = new ArrayList<>();
        // Пермский край leads in quality, as the press release of 26.08.2020 says: its practices are joint ones
        if (i % 5 == 0 || region.equals("59")) {
            territory.municipalities(region, null, null, false, 0, 200).items().stream()
                    .filter(m -> lead.oktmo().equals(m.parentOktmo())
                            || (!m.oktmo().equals(lead.oktmo()) && m.parentOktmo() == null && random.nextInt(12) == 0))
                    .limit(1 + random.nextInt(2))
                    .forEach(m -> others.add(m.oktmo()));
        }
        int year = YEAR;
        random.nextInt(6);
        Mechanism mechanism = Mechanism.valueOf(t.get("mechanism"));
        String mo = lead.name();
        BigDecimal total = BigDecimal.valueOf(500_000L + random.nextInt(60) * 250_000L);
        PracticeDraft draft = new PracticeDraft(
                year,
                region,
                lead.oktmo(),
                others,
                t.get("title").replace("{mo}", mo),
                t.get("problem").replace("{mo}", mo),
                t.get("goals").replace("{mo}", mo),
                t.get("description").replace("{mo}", mo),
                LocalDate.of(year, 1 + random.nextInt(4), 1),
                LocalDate.of(year, 9 + random.nextInt(4), 28),
                financing(mechanism, total, random),
                mechanism,
                t.get("partners"),
                t.get("beneficiaries"),
                // a figure in proportion to the money (no extra draw: the demo's random sequence stays as it was)
                total.intValue() / 2_500,
                List.of(new PracticeParts.ResultRow(
                        t.get("indicator"),
                        t.get("unit"),
                        new BigDecimal(t.get("base_value")),
                        year - 1,
                        new BigDecimal(t.get("target_value")),
                        new BigDecimal(t.get("actual_value")),
                        year)),
                List.of(new PracticeParts.LegalActRow(
                        "постановление",
                        (100 + random.nextInt(900)) + "-п",
                        LocalDate.of(year, 1, 10 + random.nextInt(18)),
                        "Об утверждении порядка реализации практики")),
                List.of(link(region, t)),
                t.get("replicability"),
                t.get("lessons"),
                null,
                "Отдел экономического развития администрации",
                "начальник отдела",
                "+7 (3" + (10 + random.nextInt(89)) + ") " + (200 + random.nextInt(700)) + "-"
                        + (10 + random.nextInt(89)) + "-" + (10 + random.nextInt(89)),
                null,
                null);
        Actor council = new Actor(0L, "smo-" + region, Set.of(Role.REGIONAL_OPERATOR), region, null);
        Actor secretariat = new Actor(0L, "secretariat", Set.of(Role.ADMIN), null, null);
        long id = practices.createPractice(council, draft, true).id();
        switch (stage(i, region)) {
            case 0, 1 -> {}
            case 2 -> practices.move(council, id, PracticeAction.SUBMIT, null);
            case 3 -> {
                practices.move(council, id, PracticeAction.SUBMIT, null);
                practices.move(council, id, PracticeAction.FORWARD, "Рекомендуем включить в доклад");
            }
            case 4 -> {
                practices.move(council, id, PracticeAction.SUBMIT, null);
                practices.move(council, id, PracticeAction.FORWARD, null);
                practices.move(
                        secretariat,
                        id,
                        PracticeAction.RETURN,
                        "Уточните фактические значения показателя и приложите муниципальный правовой акт");
            }
            case 5, 6 -> {
                practices.move(council, id, PracticeAction.SUBMIT, null);
                practices.move(council, id, PracticeAction.FORWARD, null);
                practices.move(secretariat, id, PracticeAction.ACCEPT, null);
            }
            default -> {
                practices.move(council, id, PracticeAction.SUBMIT, null);
                practices.move(council, id, PracticeAction.FORWARD, null);
                practices.move(secretariat, id, PracticeAction.ACCEPT, null);
                practices.move(secretariat, id, PracticeAction.PUBLISH, null);
            }
        }
    }

    /** Regions with regional projects get practices that carry them, so links reach down to regional indicators. */
    private CSVRecord template(List<CSVRecord> templates, String region, int i) {
        List<String> carried = catalogue.regionalProjects(region).stream()
                .map(p -> p.federalProject().code())
                .toList();
        List<CSVRecord> matching = templates.stream()
                .filter(t -> carried.contains(t.get("federal_project")))
                .toList();
        if (!matching.isEmpty() && i % 3 != 2) {
            return matching.get((i / 2) % matching.size());
        }
        return templates.get(i % templates.size());
    }

    /**
     * The workflow state a demo practice is taken to (0–1 draft, 2 submitted, 3 forwarded, 4 returned, 5–6 accepted,
     * 7–9 published). Most regions get a mix; some are kept at one stage so the campaign board shows every region status:
     * drafting only, submitted only, all accepted.
     */
    private static int stage(int i, String region) {
        int r = Integer.parseInt(region) % 7;
        return switch (r) {
            case 1 -> 0;
            case 2 -> 2 + i % 2;
            case 3 -> 5 + i % 5;
            default -> i % 10;
        };
    }

    private PracticeParts.LinkRow link(String region, CSVRecord t) {
        String federal = t.get("federal_project");
        RegionalProjectView rp = catalogue.regionalProjects(region).stream()
                .filter(p -> p.federalProject().code().equals(federal))
                .findFirst()
                .orElse(null);
        Long indicator = rp == null || rp.indicators().isEmpty()
                ? null
                : rp.indicators().get(0).id();
        return PracticeParts.LinkRow.of(
                t.get("national_project"),
                federal,
                rp == null ? null : rp.id(),
                indicator,
                t.get("indicator") + ": "
                        + ru.praktika.shared.RussianNumbers.format(new BigDecimal(t.get("base_value")), 2)
                        + " → " + ru.praktika.shared.RussianNumbers.format(new BigDecimal(t.get("target_value")), 2)
                        + " " + t.get("unit"));
    }

    private static List<PracticeParts.FinancingRow> financing(Mechanism mechanism, BigDecimal total, Random random) {
        double extraShare = switch (mechanism) {
            case CONCESSION -> 0.6 + random.nextInt(35) / 100.0;
            case PPP -> 0.4 + random.nextInt(40) / 100.0;
            case GRANT -> 0.5 + random.nextInt(30) / 100.0;
            case INITIATIVE_BUDGETING -> 0.05 + random.nextInt(15) / 100.0;
            case TOS, VOLUNTEERS -> 0.2 + random.nextInt(30) / 100.0;
            case BUDGET -> random.nextInt(4) == 0 ? 0.05 : 0;
        };
        BigDecimal extra = total.multiply(BigDecimal.valueOf(extraShare)).setScale(0, RoundingMode.HALF_UP);
        BigDecimal rest = total.subtract(extra);
        BigDecimal regional =
                rest.multiply(BigDecimal.valueOf(random.nextInt(60) / 100.0)).setScale(0, RoundingMode.HALF_UP);
        List<PracticeParts.FinancingRow> rows = new ArrayList<>();
        rows.add(new PracticeParts.FinancingRow(FinancingSource.LOCAL, rest.subtract(regional)));
        if (regional.signum() > 0) {
            rows.add(new PracticeParts.FinancingRow(FinancingSource.REGIONAL, regional));
        }
        if (extra.signum() > 0) {
            rows.add(new PracticeParts.FinancingRow(FinancingSource.EXTRA_BUDGETARY, extra));
        }
        return rows;
    }

    /** The municipalities a practice is led by: okrugs and districts, or any when a region has none. */
    private List<MunicipalityView> municipalitiesOf(String region) {
        List<MunicipalityView> all = new ArrayList<>();
        for (MunicipalityType type : List.of(
                MunicipalityType.URBAN_OKRUG,
                MunicipalityType.MUNICIPAL_DISTRICT,
                MunicipalityType.MUNICIPAL_OKRUG,
                MunicipalityType.FEDERAL_CITY_TERRITORY)) {
            all.addAll(territory
                    .municipalities(region, type.name(), null, false, 0, 200)
                    .items());
        }
        return all.isEmpty()
                ? territory.municipalities(region, null, null, false, 0, 200).items()
                : all;
    }

    private static List<CSVRecord> templates() {
        return ru.praktika.shared.ReferenceCsv.resource("demo/practice_templates.csv");
    }
}
