package cn.procuratorate.evidence.benchmark.report;

import cn.procuratorate.evidence.benchmark.stats.Summary;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the results: what the system achieved, next to the raw baseline measured in the
 * same run, and their ratio (figure ÷ baseline: above 1 is faster for a throughput, slower for a
 * latency).
 *
 * @param value        null when not measured; {@link #note} then says why
 * @param baselineName what the baseline is, or null for a figure that has none (e.g. preload time)
 * @param baseline     null when there is no baseline or it was not measured
 * @param target       the goal reported against, or null
 * @param note         anything a reader must know to read the line right, or null
 */
public record Figure(String scenario, String name, String unit, Summary value, String baselineName,
        Summary baseline, Target target, String note) {

    public Figure {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        if (value == null && note == null) {
            throw new IllegalArgumentException("a figure that was not measured must say why");
        }
    }

    public static Figure of(String scenario, String name, String unit, Summary value) {
        return new Figure(scenario, name, unit, Objects.requireNonNull(value, "value"), null, null, null, null);
    }

    /** A figure that could not be measured in this run; the reason goes into the report. */
    public static Figure notMeasured(String scenario, String name, String unit, String reason) {
        return new Figure(scenario, name, unit, null, null, null, null, "not measured: " + reason);
    }

    public Figure against(String baselineName, Summary baseline) {
        return new Figure(scenario, name, unit, value, baselineName, baseline, target, note);
    }

    public Figure withTarget(Target target) {
        return new Figure(scenario, name, unit, value, baselineName, baseline, target, note);
    }

    public Figure withNote(String note) {
        return new Figure(scenario, name, unit, value, baselineName, baseline, target, note);
    }

    public boolean measured() {
        return value != null;
    }

    /** figure ÷ baseline, medians over the runs. */
    public Optional<Double> ratio() {
        if (value == null || baseline == null || baseline.median() == 0) {
            return Optional.empty();
        }
        return Optional.of(value.median() / baseline.median());
    }

    /** "met", "missed", or empty when there is no target or nothing to judge. */
    public Optional<String> targetStatus() {
        if (target == null) {
            return Optional.empty();
        }
        return target.metBy(this).map(met -> met ? "met" : "missed");
    }
}
