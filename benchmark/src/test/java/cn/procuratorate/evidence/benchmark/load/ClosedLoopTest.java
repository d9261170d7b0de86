package cn.procuratorate.evidence.benchmark.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ClosedLoopTest {

    @Test
    void runsEveryIndexExactlyOnce() {
        AtomicIntegerArray seen = new AtomicIntegerArray(100);
        LoadRun run = ClosedLoop.run("test", 100, 8, seen::incrementAndGet);
        for (int i = 0; i < 100; i++) {
            assertThat(seen.get(i)).as("index %d", i).isEqualTo(1);
        }
        assertThat(run.succeeded()).isEqualTo(100);
        assertThat(run.failures()).isZero();
        assertThat(run.concurrency()).isEqualTo(8);
        assertThat(run.describeFailures()).isEqualTo("no failures");
    }

    @Test
    void failuresAreCountedKeptAndLeftOutOfTheLatencies() {
        LoadRun run = ClosedLoop.run("test", 10, 3, i -> {
            if (i % 2 == 0) {
                throw new IllegalStateException("even " + i);
            }
        });
        assertThat(run.failures()).isEqualTo(5);
        assertThat(run.succeeded()).isEqualTo(5);
        assertThat(run.firstFailure()).isInstanceOf(IllegalStateException.class);
        assertThat(run.describeFailures()).startsWith("5 of 10 failed; first: java.lang.IllegalStateException: even");
    }

    @Test
    void neverMoreThreadsThanOperations() {
        assertThat(ClosedLoop.run("test", 2, 64, i -> { }).concurrency()).isEqualTo(2);
    }

    @Test
    void nothingSucceededMeansNoPercentiles() {
        LoadRun run = ClosedLoop.run("test", 1, 1, i -> {
            throw new Exception("no");
        });
        assertThat(run.latencies()).isEmpty();
        assertThat(run.percentileMillis(95)).isNaN();
    }

    @Test
    void refusesEmptyRuns() {
        assertThatThrownBy(() -> ClosedLoop.run("test", 0, 1, i -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
