package cn.procuratorate.evidence.benchmark.stats;

import java.util.Arrays;

/**
 * Percentiles of one run's samples by the nearest-rank method: the p-th percentile is the
 * smallest sample with at least p % of the samples at or below it. Always an observed value,
 * never an interpolation, so a p99 of 50 samples is honestly the largest one.
 */
public final class Percentiles {
    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    /** @param samples any order; copied */
    public static Percentiles of(long[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] copy = samples.clone();
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    /** @param percent in (0, 100] */
    public long at(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public long p50() {
        return at(50);
    }

    public long p95() {
        return at(95);
    }

    public long p99() {
        return at(99);
    }

    public long max() {
        return sorted[sorted.length - 1];
    }

    public int count() {
        return sorted.length;
    }
}
