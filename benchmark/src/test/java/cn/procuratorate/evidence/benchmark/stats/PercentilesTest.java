package cn.procuratorate.evidence.benchmark.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankOfOneToHundred() {
        Percentiles p = Percentiles.of(LongStream.rangeClosed(1, 100).toArray());
        assertThat(p.p50()).isEqualTo(50);
        assertThat(p.p95()).isEqualTo(95);
        assertThat(p.p99()).isEqualTo(99);
        assertThat(p.at(100)).isEqualTo(100);
        assertThat(p.at(0.5)).isEqualTo(1);
    }

    @Test
    void orderOfSamplesDoesNotMatterAndInputIsNotChanged() {
        long[] samples = {30, 10, 20};
        Percentiles p = Percentiles.of(samples);
        assertThat(p.p50()).isEqualTo(20);
        assertThat(p.max()).isEqualTo(30);
        assertThat(samples).containsExactly(30, 10, 20);
    }

    @Test
    void aP99OfFiftySamplesIsTheLargestObservedValue() {
        Percentiles p = Percentiles.of(LongStream.rangeClosed(1, 50).map(i -> i * 10).toArray());
        assertThat(p.p99()).isEqualTo(500);
        assertThat(p.p95()).isEqualTo(480); // rank ceil(47.5) = 48
    }

    @Test
    void oneSampleIsEveryPercentile() {
        Percentiles p = Percentiles.of(new long[] {7});
        assertThat(p.p50()).isEqualTo(7);
        assertThat(p.p99()).isEqualTo(7);
    }

    @Test
    void refusesNoSamplesAndPercentilesOutsideTheRange() {
        assertThatThrownBy(() -> Percentiles.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
        Percentiles p = Percentiles.of(new long[] {1, 2});
        assertThatThrownBy(() -> p.at(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.at(100.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
