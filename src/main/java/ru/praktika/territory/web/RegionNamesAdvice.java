package ru.praktika.territory.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.praktika.territory.TerritoryApi;

/**
 * Gives every page {@code regionNames}: region code → full name, so templates print «Пермский край», never «59».
 * The 89 names are read at most once a minute.
 */
@ControllerAdvice(annotations = Controller.class)
class RegionNamesAdvice {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final TerritoryApi territory;
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    RegionNamesAdvice(TerritoryApi territory) {
        this.territory = territory;
    }

    @ModelAttribute("regionNames")
    Map<String, String> regionNames() {
        if (readAt.plus(FRESH).isBefore(Instant.now())) {
            Map<String, String> fresh = new LinkedHashMap<>();
            territory.regions().forEach(r -> fresh.put(r.code(), r.fullName()));
            names = Map.copyOf(fresh);
            readAt = Instant.now();
        }
        return names;
    }
}
