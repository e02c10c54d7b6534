package ru.praktika.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Numbers as Russian documents write them: 12 345,6 (a non-breaking space between thousands, a decimal comma). */
public final class RussianNumbers {

    private RussianNumbers() {}

    /** A number with at most {@code decimals} decimals, trailing zeros dropped: 12345.60 → «12 345,6»; null → «—». */
    public static String format(BigDecimal value, int decimals) {
        return value == null ? "—" : formatter(0, decimals).format(value);
    }

    public static String format(double value, int decimals) {
        return format(BigDecimal.valueOf(value), decimals);
    }

    public static String format(long value) {
        return format(BigDecimal.valueOf(value), 0);
    }

    /** A number with exactly {@code decimals} decimals: 1040 → «1 040,0»; null → «—». */
    public static String fixed(BigDecimal value, int decimals) {
        return value == null ? "—" : formatter(decimals, decimals).format(value);
    }

    public static String fixed(double value, int decimals) {
        return fixed(BigDecimal.valueOf(value), decimals);
    }

    /** A share as percent with one decimal: 0.4567 → «45,7 %». */
    public static String percent(double share) {
        return fixed(share * 100, 1) + "\u00a0%";
    }

    /** Roubles in millions with one decimal: 12 345 678 → «12,3 млн руб.». */
    public static String millionRoubles(BigDecimal rub) {
        return fixed(rub.movePointLeft(6), 1) + "\u00a0млн руб.";
    }

    private static DecimalFormat formatter(int minDecimals, int maxDecimals) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat("#,##0", symbols);
        format.setMinimumFractionDigits(minDecimals);
        format.setMaximumFractionDigits(maxDecimals);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }
}
