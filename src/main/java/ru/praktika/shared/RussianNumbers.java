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

    /** A whole number: 12345 → «12 345» (the same as {@code format(value, 0)}, without building a formatter). */
    public static String format(long value) {
        if (value == Long.MIN_VALUE) {
            return format(BigDecimal.valueOf(value), 0);
        }
        String digits = Long.toString(Math.abs(value));
        StringBuilder out = new StringBuilder(digits.length() + 7);
        if (value < 0) {
            out.append('−');
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('\u00a0');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
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

    /**
     * The form of a word that agrees with a count: {@code plural(n, "строка", "строки", "строк")} gives «строка» for 1
     * and 21, «строки» for 2–4 and 22, «строк» for 5–20 and 11–14. For the prepositional case pass «строке»,
     * «строках», «строках».
     */
    public static String plural(long n, String one, String few, String many) {
        long units = Math.abs(n) % 10;
        long tens = Math.abs(n) % 100;
        if (tens >= 11 && tens <= 14) {
            return many;
        }
        if (units == 1) {
            return one;
        }
        return units >= 2 && units <= 4 ? few : many;
    }

    /** A count with the word agreeing with it: «1 ошибка», «2 ошибки», «5 ошибок», «10 000 строк». */
    public static String count(long n, String one, String few, String many) {
        return format(n) + " " + plural(n, one, few, many);
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
