package cn.procuratorate.evidence.benchmark.report;

import java.util.Locale;

/** Number formatting for the report: about three significant digits, never scientific notation. */
final class Numbers {
    private Numbers() {}

    static String format(double value) {
        double magnitude = Math.abs(value);
        if (magnitude >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (magnitude >= 100) {
            return String.format(Locale.ROOT, "%.0f", value);
        }
        if (magnitude >= 10) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Two decimals, or three significant digits below 0.1 so that a small ratio does not read 0.00. */
    static String ratio(double ratio) {
        if (ratio != 0 && Math.abs(ratio) < 0.1) {
            return new java.math.BigDecimal(ratio).round(new java.math.MathContext(3)).toPlainString() + "×";
        }
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
