/**
 * The All-Russian competition «Лучшая муниципальная практика»: a competition per year with its nominations,
 * categories, quotas and prizes; applications from practice cards; the regional commission's selection; experts with
 * declared conflicts, assigned automatically; formula and expert criteria; ranking, places and prizes; the public
 * results, the archive of past years and the participation analytics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Конкурс")
package ru.praktika.competition;
