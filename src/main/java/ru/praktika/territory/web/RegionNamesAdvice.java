package ru.praktika.territory.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import ru.praktika.shared.web.PageModel;
import ru.praktika.territory.TerritoryApi;

/**
 * Gives every page {@code regionNames}: region code → full name, so templates print «Пермский край», never «59».
 * The 89 names are read at most once a minute.
 */
@Component
class RegionNamesAdvice extends PageModel {

    private static final Duration FRESH = Duration.ofMinutes(1);

    private final TerritoryApi territory;
    private volatile Map<String, String> names = Map.of();
    private volatile Instant readAt = Instant.EPOCH;

    RegionNamesAdvice(TerritoryApi territory) {
        this.territory = territory;
    }

    @Override
    protected void add(ModelMap model) {
        if (model.containsAttribute("regionNames")) {
            return;
        }
        model.addAttribute("regionNames", regionNames());
    }

    private Map<String, String> regionNames() {
        if (readAt.plus(FRESH).isBefore(Instant.now())) {
            Map<String, String> fresh = new LinkedHashMap<>();
            territory.regions().forEach(r -> fresh.put(r.code(), r.fullName()));
            names = Map.copyOf(fresh);
            readAt = Instant.now();
        }
        return names;
    }
}
