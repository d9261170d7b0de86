package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.load.ClosedLoop;
import cn.procuratorate.evidence.benchmark.load.LoadRun;
import cn.procuratorate.evidence.benchmark.stats.Series;
import java.util.List;

/** Sequential latency samples of an operation and of its baseline, alternating who goes first. */
final class LatencySampler {
    private LatencySampler() {}

    /** One sample of the operation being timed. */
    @FunctionalInterface
    interface Sample {
        void take() throws Exception;
    }

    /**
     * Records {@code <name>.p50/.p95/.p99} and {@code <name>-raw.p50/...} in milliseconds.
     *
     * @param failures gets a line for each side with failed samples
     */
    static void sample(Series series, String name, int run, int samples, Sample subject, Sample baseline,
            List<String> failures) {
        for (int turn = 0; turn < 2; turn++) {
            boolean subjectNow = (turn == 0) == (run % 2 == 1);
            String key = subjectNow ? name : name + "-raw";
            Sample sample = subjectNow ? subject : baseline;
            LoadRun result = ClosedLoop.run(key, samples, 1, i -> sample.take());
            if (result.succeeded() > 0) {
                series.record(key + ".p50", result.percentileMillis(50));
                series.record(key + ".p95", result.percentileMillis(95));
                series.record(key + ".p99", result.percentileMillis(99));
            }
            if (result.failures() > 0) {
                failures.add(key + ": " + result.describeFailures());
            }
        }
    }
}
