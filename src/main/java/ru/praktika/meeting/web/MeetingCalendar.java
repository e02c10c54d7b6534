package ru.praktika.meeting.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import ru.praktika.meeting.domain.MeetingQueries;

/** A month as weeks from Monday, each day with the meetings held on it (in each meeting's own time zone). */
final class MeetingCalendar {

    /**
     * @param date the day
     * @param inMonth whether it belongs to the month shown
     * @param meetings meetings on that day
     */
    record Day(LocalDate date, boolean inMonth, List<MeetingQueries.MeetingSummary> meetings) {}

    private MeetingCalendar() {}

    /** The month asked for ({@code 2026-03}), this month when none; anything else is a 400 with a Russian message. */
    static YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(ZoneId.of("Europe/Moscow"));
        }
        try {
            YearMonth parsed = YearMonth.parse(month.strip());
            if (parsed.getYear() >= 2000 && parsed.getYear() <= 2100) {
                return parsed;
            }
        } catch (java.time.format.DateTimeParseException e) {
            // answered below
        }
        throw new ru.praktika.shared.InvalidRequestException(
                "Месяц указывается как ГГГГ-ММ между 2000 и 2100 годом, например 2026-03");
    }

    static List<List<Day>> weeks(YearMonth month, List<MeetingQueries.MeetingSummary> meetings) {
        LocalDate start = month.atDay(1);
        while (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            start = start.minusDays(1);
        }
        List<List<Day>> weeks = new ArrayList<>();
        LocalDate day = start;
        while (!day.isAfter(month.atEndOfMonth()) || day.getDayOfWeek() != DayOfWeek.MONDAY) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                LocalDate d = day;
                week.add(new Day(
                        d,
                        YearMonth.from(d).equals(month),
                        meetings.stream()
                                .filter(m -> m.startsAt()
                                        .atZoneSameInstant(ZoneId.of(m.timeZone()))
                                        .toLocalDate()
                                        .equals(d))
                                .toList()));
                day = day.plusDays(1);
            }
            weeks.add(week);
        }
        return weeks;
    }
}
