package cn.procuratorate.evidence.benchmark.report;

import java.util.Objects;
import java.util.Optional;

/**
 * A goal a figure is reported against, never asserted: benchmarks report, they do not fail a
 * build. Judged on the median over the runs (for a latency figure, the median of the per-run
 * percentiles).
 *
 * @param text how the goal reads in the report, e.g. {@code "≥ 0.8× raw putObject"}
 */
public record Target(Kind kind, double threshold, String text) {

    public enum Kind {
        /** figure ÷ baseline at least the threshold */
        RATIO_AT_LEAST,
        /** the figure's median at least the threshold, in the figure's unit */
        AT_LEAST,
        /** the figure's median at most the threshold, in the figure's unit */
        AT_MOST
    }

    public Target {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static Target ratioAtLeast(double ratio, String text) {
        return new Target(Kind.RATIO_AT_LEAST, ratio, text);
    }

    public static Target atLeast(double value, String text) {
        return new Target(Kind.AT_LEAST, value, text);
    }

    public static Target atMost(double value, String text) {
        return new Target(Kind.AT_MOST, value, text);
    }

    /** Empty when the figure was not measured (or, for a ratio goal, has no baseline). */
    public Optional<Boolean> metBy(Figure figure) {
        if (figure.value() == null) {
            return Optional.empty();
        }
        return switch (kind) {
            case RATIO_AT_LEAST -> figure.ratio().map(ratio -> ratio >= threshold);
            case AT_LEAST -> Optional.of(figure.value().median() >= threshold);
            case AT_MOST -> Optional.of(figure.value().median() <= threshold);
        };
    }
}
