package ru.praktika.shared.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.stereotype.Component;
import ru.praktika.shared.RussianNumbers;

/**
 * The one formatter of numbers (and time zones) for every page, reached from templates as {@code ${@ru.n(x)}}: a
 * decimal comma, a non-breaking space between thousands, no {@code .0} on counts, no {@code 38.400000000000006}.
 */
@Component("ru")
public class Ru {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** Up to two decimals, trailing zeros dropped: 38.400000000000006 → «38,4», 12.0 → «12», 21983 → «21 983». */
    public String n(Number value) {
        return n(value, 2);
    }

    /** Up to {@code decimals} decimals, trailing zeros dropped; null → «—». */
    public String n(Number value, int decimals) {
        return value == null ? "—" : RussianNumbers.format(decimal(value), decimals);
    }

    /** Exactly {@code decimals} decimals (averages in a column): 80 → «80,0». */
    public String fixed(Number value, int decimals) {
        return value == null ? "—" : RussianNumbers.fixed(decimal(value), decimals);
    }

    /** A share 0..1 as whole percent: 0.456 → «46 %». */
    public String percent(Number share) {
        return share == null ? "—" : RussianNumbers.format(decimal(share).movePointRight(2), 0) + "\u00a0%";
    }

    /** A size in bytes as people read it: «12 КБ», «3,4 МБ». */
    public String size(Number bytes) {
        if (bytes == null) {
            return "—";
        }
        long b = bytes.longValue();
        return b < 1024 * 1024
                ? RussianNumbers.format(Math.max(1, Math.round(b / 1024.0))) + "\u00a0КБ"
                : RussianNumbers.format(b / 1024.0 / 1024.0, 1) + "\u00a0МБ";
    }

    /** A count with its noun in the right form: «1 практика», «3 практики», «12 практик». */
    public String count(Number n, String one, String few, String many) {
        return RussianNumbers.count(n == null ? 0 : n.longValue(), one, few, many);
    }

    /** Roubles without kopecks: «1 250 000 ₽». */
    public String rub(Number value) {
        return value == null ? "—" : RussianNumbers.format(decimal(value), 0) + "\u00a0₽";
    }

    /** A time zone as Russians name it: «МСК», «МСК+2», «МСК−1». */
    public String zone(String zoneId, Instant at) {
        if (zoneId == null || zoneId.isBlank()) {
            return "МСК";
        }
        Instant when = at == null ? Instant.now() : at;
        int diff = ZoneId.of(zoneId).getRules().getOffset(when).getTotalSeconds()
                - MOSCOW.getRules().getOffset(when).getTotalSeconds();
        if (diff == 0) {
            return "МСК";
        }
        int hours = Math.abs(diff) / 3600;
        int minutes = Math.abs(diff) % 3600 / 60;
        return "МСК" + (diff > 0 ? "+" : "−") + hours + (minutes == 0 ? "" : ":" + String.format("%02d", minutes));
    }

    private static BigDecimal decimal(Number value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
