package cn.procuratorate.evidence.benchmark.load;

import cn.procuratorate.evidence.benchmark.stats.Percentiles;
import java.util.Optional;

/**
 * What one closed-loop run measured.
 *
 * @param latencyNanos latencies of the operations that succeeded, in no particular order
 * @param wallNanos    from the release of the first operation to the return of the last
 */
public record LoadRun(int total, int concurrency, long wallNanos, long[] latencyNanos, long failures,
        Throwable firstFailure) {

    public int succeeded() {
        return latencyNanos.length;
    }

    /** Successful operations per second of wall time. */
    public double throughputPerSecond() {
        return succeeded() / (wallNanos / 1e9);
    }

    public double wallSeconds() {
        return wallNanos / 1e9;
    }

    /** Latency percentiles in nanoseconds; empty when nothing succeeded. */
    public Optional<Percentiles> latencies() {
        return latencyNanos.length == 0 ? Optional.empty() : Optional.of(Percentiles.of(latencyNanos));
    }

    /** Latency percentile in milliseconds; NaN when nothing succeeded. */
    public double percentileMillis(double percent) {
        return latencies().map(p -> p.at(percent) / 1e6).orElse(Double.NaN);
    }

    public String describeFailures() {
        if (failures == 0) {
            return "no failures";
        }
        return failures + " of " + total + " failed; first: " + firstFailure;
    }
}
