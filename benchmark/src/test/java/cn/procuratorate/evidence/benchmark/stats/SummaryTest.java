package cn.procuratorate.evidence.benchmark.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void medianOfAnOddNumberOfRunsIsTheMiddleOne() {
        assertThat(Summary.of(5.0, 1.0, 3.0)).isEqualTo(new Summary(3.0, 1.0, 5.0, 3));
    }

    @Test
    void medianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
        assertThat(Summary.of(4.0, 1.0, 2.0, 10.0)).isEqualTo(new Summary(3.0, 1.0, 10.0, 4));
    }

    @Test
    void oneRun() {
        assertThat(Summary.of(List.of(2.5))).isEqualTo(new Summary(2.5, 2.5, 2.5, 1));
    }

    @Test
    void refusesNoRunsAndNaN() {
        assertThatThrownBy(() -> Summary.of(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Summary.of(1.0, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Summary(5, 6, 7, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seriesKeepsRunsPerNameAndTheLastValue() {
        Series series = new Series();
        series.record("a", 1);
        series.record("b", 10);
        series.record("a", 3);
        assertThat(series.summary("a")).isEqualTo(new Summary(2, 1, 3, 2));
        assertThat(series.last("a")).isEqualTo(3);
        assertThat(series.last("missing")).isNaN();
        assertThat(series.has("b")).isTrue();
        assertThatThrownBy(() -> series.summary("missing")).isInstanceOf(IllegalArgumentException.class);
    }
}
