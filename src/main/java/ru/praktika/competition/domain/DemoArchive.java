package ru.praktika.competition.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import ru.praktika.shared.Actor;
import ru.praktika.shared.PageRequest;
import ru.praktika.shared.PageView;
import ru.praktika.shared.Role;
import ru.praktika.territory.MunicipalitySearch;
import ru.praktika.territory.MunicipalityType;
import ru.praktika.territory.MunicipalityView;
import ru.praktika.territory.RegionView;
import ru.praktika.territory.TerritoryApi;

/**
 * Demo mode only: the archive year 2023, written through the archive import ({@link CompetitionArchive}) from rows
 * built here, so the demo proves the importer: 250 applications from 60 regions across the five nominations of 2023,
 * 25 per nomination and category, the first five of each taking places 1–5 (50 winners). Municipalities are real ones
 * of the territory module, named as OKTMO names them and matched back by name (by OKTMO where the name is not unique
 * in the region, or the region was not read whole); category I are городские и
 * муниципальные округа and городские поселения, category II сельские поселения. Seeded: the same every time.
 */
@Component
class DemoArchive {

    static final int YEAR = 2023;
    static final int REGIONS = 60;
    static final int PER_GROUP = 25;

    private static final Logger log = LoggerFactory.getLogger(DemoArchive.class);

    private static final List<MunicipalityType> CATEGORY_I =
            List.of(MunicipalityType.URBAN_OKRUG, MunicipalityType.MUNICIPAL_OKRUG, MunicipalityType.URBAN_SETTLEMENT);

    private static final Map<String, List<String>> TITLES = Map.of(
            "N1",
            List.of(
                    "Комплексное благоустройство центральной площади",
                    "Народный бюджет: дворы своими руками",
                    "Модернизация системы водоснабжения",
                    "Парк у реки: от пустыря к месту отдыха",
                    "Капитальный ремонт домов с участием жителей",
                    "Единые правила благоустройства и контроль их исполнения",
                    "Набережная для всех: доступная городская среда",
                    "Расселение аварийного жилья за три года"),
            "N2",
            List.of(
                    "Муниципальный центр поддержки предпринимателей",
                    "Открытый бюджет для граждан",
                    "Инвестиционный паспорт территории",
                    "Повышение собираемости местных налогов",
                    "Ярмарка местных производителей круглый год",
                    "Программа оптимизации расходов местного бюджета",
                    "Агропарк для фермерских хозяйств",
                    "Промышленная площадка «под ключ» для инвестора"),
            "N4",
            List.of(
                    "Дом дружбы народов",
                    "Фестиваль национальных культур «Созвездие»",
                    "Школа межнационального согласия для молодёжи",
                    "Этнокультурный центр народов района",
                    "Историческая память: музей под открытым небом",
                    "Праздник народного единства на всех площадках",
                    "Курсы русского языка и адаптации для приезжих",
                    "Совет национально-культурных автономий при главе"),
            "N5",
            List.of(
                    "Платформа обратной связи с жителями",
                    "Школа актива территориального общественного самоуправления",
                    "Мобильная приёмная главы",
                    "Инициативные проекты жителей сёл",
                    "Публичные слушания в прямом эфире",
                    "Молодёжный парламент муниципалитета",
                    "Институт старост сельских населённых пунктов",
                    "Народный контроль благоустройства"),
            "N6",
            List.of(
                    "Умный город: единая диспетчерская служба",
                    "Интеллектуальное уличное освещение",
                    "Цифровая карта муниципального хозяйства",
                    "Мобильное приложение «Мой город»",
                    "Автоматизированный учёт коммунальных ресурсов",
                    "Умная остановка общественного транспорта",
                    "Безопасный двор: видеонаблюдение с аналитикой",
                    "Датчики качества воздуха и открытые данные"));

    private final CompetitionArchive archive;
    private final CompetitionQueries queries;
    private final TerritoryApi territory;
    private final TransactionTemplate tx;
    private final boolean demo;
    private final Actor secretariat = new Actor(0L, "secretariat", Set.of(Role.ADMIN), null, null);

    DemoArchive(
            CompetitionArchive archive,
            CompetitionQueries queries,
            TerritoryApi territory,
            TransactionTemplate tx,
            @Value("${praktika.demo:false}") boolean demo) {
        this.archive = archive;
        this.queries = queries;
        this.territory = territory;
        this.tx = tx;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    // after DemoCompetition (50), which writes only while no competition is marked demo
    @Order(60)
    public void create() {
        if (!demo || queries.byYear(YEAR).isPresent()) {
            return;
        }
        long started = System.nanoTime();
        List<CompetitionArchive.Row> rows = rows();
        tx.executeWithoutResult(s -> archive.write(secretariat, rows, true));
        log.info(
                "Demo mode: the archive of the {} competition, {} applications in {} s",
                YEAR,
                rows.size(),
                (System.nanoTime() - started) / 1_000_000_000);
    }

    /** The rows of the demo year, as a workbook would give them (region code and municipality name). */
    List<CompetitionArchive.Row> rows() {
        Random random = new Random(YEAR);
        List<RegionView> subjects = new ArrayList<>(territory.regionsOn(LocalDate.of(YEAR, 7, 1)));
        java.util.Collections.shuffle(subjects, random);
        Map<String, List<MunicipalityView>> first = new LinkedHashMap<>();
        Map<String, List<MunicipalityView>> second = new LinkedHashMap<>();
        Set<String> named = new HashSet<>();
        for (RegionView r : subjects) {
            if (first.size() >= REGIONS) {
                break;
            }
            PageView<MunicipalityView> page = territory.municipalities(
                    new MunicipalitySearch(r.code(), null, null, false, PageRequest.of(0, PageRequest.MAX_SIZE)));
            List<MunicipalityView> all = page.items();
            if (page.total() <= all.size()) {
                // the whole region is here: a name it holds once is passed by name, for the importer to match
                Map<String, Long> times = all.stream()
                        .collect(
                                Collectors.groupingBy(m -> CompetitionArchive.normal(m.name()), Collectors.counting()));
                all.stream()
                        .filter(m -> times.get(CompetitionArchive.normal(m.name())) == 1)
                        .forEach(m -> named.add(m.oktmo()));
            }
            List<MunicipalityView> urban =
                    all.stream().filter(m -> CATEGORY_I.contains(m.type())).toList();
            List<MunicipalityView> rural = all.stream()
                    .filter(m -> m.type() == MunicipalityType.RURAL_SETTLEMENT)
                    .toList();
            if (urban.isEmpty()) {
                continue;
            }
            first.put(r.code(), urban);
            if (!rural.isEmpty()) {
                second.put(r.code(), rural);
            }
        }
        List<String> nominations = YearDefaults.nominations(YEAR, Map.of()).stream()
                .map(n -> n.code())
                .toList();
        List<CompetitionArchive.Row> rows = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int rowNumber = 2;
        int turn = 0;
        for (String nomination : nominations) {
            for (String category : List.of("I", "II")) {
                Map<String, List<MunicipalityView>> pool = category.equals("I") ? first : second;
                List<String> codes = new ArrayList<>(pool.keySet());
                for (int k = 0; k < PER_GROUP; k++) {
                    String region = codes.get(turn++ % codes.size());
                    MunicipalityView m = pick(pool.get(region), used, random);
                    boolean byName = named.contains(m.oktmo());
                    List<String> titles = TITLES.getOrDefault(nomination, TITLES.get("N1"));
                    rows.add(new CompetitionArchive.Row(
                            rowNumber++,
                            String.valueOf(YEAR),
                            nomination,
                            category,
                            k < 5 ? String.valueOf(k + 1) : null,
                            m.name(),
                            region,
                            byName ? null : m.oktmo(),
                            titles.get(random.nextInt(titles.size()))));
                }
            }
        }
        return rows;
    }

    /** A municipality not used yet (each takes part once while the pool lasts). */
    private static MunicipalityView pick(List<MunicipalityView> list, Set<String> used, Random random) {
        for (int attempt = 0; attempt < 20; attempt++) {
            MunicipalityView m = list.get(random.nextInt(list.size()));
            if (used.add(m.oktmo())) {
                return m;
            }
        }
        return list.get(random.nextInt(list.size()));
    }
}
