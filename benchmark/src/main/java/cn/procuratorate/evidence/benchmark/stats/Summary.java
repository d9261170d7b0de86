package cn.procuratorate.evidence.benchmark.stats;

import java.util.Arrays;
import java.util.List;

/**
 * One figure over several runs: the median of the per-run values, with the smallest and the
 * largest. An even number of runs takes the mean of the two middle values.
 */
public record Summary(double median, double min, double max, int runs) {

    public Summary {
        if (runs < 1) {
            throw new IllegalArgumentException("a summary needs at least one run");
        }
        if (min > median || median > max) {
            throw new IllegalArgumentException("need min <= median <= max, got " + min + ", " + median + ", " + max);
        }
    }

    public static Summary of(List<Double> perRun) {
        if (perRun.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        double[] values = perRun.stream().mapToDouble(Double::doubleValue).toArray();
        for (double value : values) {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("a run produced no value (NaN)");
            }
        }
        Arrays.sort(values);
        int n = values.length;
        double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        return new Summary(median, values[0], values[n - 1], n);
    }

    public static Summary of(double... perRun) {
        return of(Arrays.stream(perRun).boxed().toList());
    }
}
