package ru.praktika.nationalproject.domain;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.praktika.nationalproject.IndicatorView;
import ru.praktika.nationalproject.NewIndicator;
import ru.praktika.nationalproject.NewRegionalProject;
import ru.praktika.shared.Actor;
import ru.praktika.shared.Role;

/**
 * Demo mode only: regional projects of Пермский край (59) and Республика Татарстан (16) with indicators, so that
 * demo practices can be linked down to a regional project and its indicator. Invented for the demo; created once.
 */
@Component
class DemoRegionalProjects {

    private record Demo(String federal, String name, String indicator, String unit, double base, double target) {}

    private static final List<Demo> PROJECTS = List.of(
            new Demo(
                    "NP19-04-FP03",
                    "Формирование комфортной городской среды",
                    "Количество благоустроенных общественных" + " территорий",
                    "единица",
                    12,
                    60),
            new Demo(
                    "NP19-05-FP01",
                    "Чистая страна",
                    "Количество ликвидированных несанкционированных свалок",
                    "единица",
                    0,
                    14),
            new Demo(
                    "NP19-05-FP02",
                    "Комплексная система обращения с твердыми коммунальными отходами",
                    "Доля направленных на обработку твердых коммунальных отходов",
                    "процент",
                    18,
                    60),
            new Demo(
                    "NP19-06-FP01",
                    "Дорожная сеть",
                    "Доля дорог агломерации в нормативном состоянии",
                    "процент",
                    43,
                    85),
            new Demo(
                    "NP19-10-FP01",
                    "Культурная среда",
                    "Количество модельных муниципальных библиотек",
                    "единица",
                    2,
                    14),
            new Demo(
                    "NP19-03-FP01",
                    "Современная школа",
                    "Количество новых мест в общеобразовательных организациях",
                    "место",
                    0,
                    4200),
            new Demo(
                    "NP19-01-FP05",
                    "Спорт — норма жизни",
                    "Доля граждан, систематически занимающихся физической" + " культурой и спортом",
                    "процент",
                    36,
                    55));

    private final Catalogue catalogue;
    private final JdbcClient jdbc;
    private final boolean demo;

    DemoRegionalProjects(Catalogue catalogue, JdbcClient jdbc, @Value("${praktika.demo:false}") boolean demo) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.demo = demo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void create() {
        if (!demo) {
            return;
        }
        for (String region : List.of("59", "16")) {
            long existing = jdbc.sql("select count(*) from nationalproject.regional_projects where region_code = :r")
                    .param("r", region)
                    .query(Long.class)
                    .single();
            if (existing > 0) {
                continue;
            }
            Actor council = new Actor(0L, "demo-smo-" + region, java.util.Set.of(Role.REGIONAL_OPERATOR), region, null);
            for (Demo d : PROJECTS) {
                if (catalogueHas(d.federal())) {
                    long id = catalogue.createRegionalProject(
                            council, region, new NewRegionalProject(d.federal(), d.name(), null));
                    catalogue.addRegionalIndicator(
                            council,
                            id,
                            new NewIndicator(
                                    "INDICATOR",
                                    d.indicator(),
                                    d.unit(),
                                    BigDecimal.valueOf(d.base()),
                                    2018,
                                    List.of(
                                            new IndicatorView.Value(
                                                    2021,
                                                    BigDecimal.valueOf(d.base() + (d.target() - d.base()) / 2),
                                                    BigDecimal.valueOf(d.base() + (d.target() - d.base()) * 0.55)),
                                            new IndicatorView.Value(2024, BigDecimal.valueOf(d.target()), null))));
                }
            }
        }
    }

    private boolean catalogueHas(String federal) {
        return jdbc.sql("select count(*) from nationalproject.federal_projects where code = :c")
                        .param("c", federal)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
