package cn.procuratorate.evidence.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.benchmark.stats.Summary;
import org.junit.jupiter.api.Test;

class FigureTest {

    private static final Summary STORE = Summary.of(150.0, 160.0, 170.0);
    private static final Summary PUT = Summary.of(200.0, 190.0, 210.0);

    @Test
    void ratioIsFigureOverBaselineMedians() {
        Figure figure = Figure.of("ingest", "store", "MB/s", STORE).against("putObject", PUT);
        assertThat(figure.ratio()).hasValueSatisfying(r -> assertThat(r).isEqualTo(0.8));
    }

    @Test
    void noBaselineNoRatio() {
        assertThat(Figure.of("growth", "preload", "s", STORE).ratio()).isEmpty();
    }

    @Test
    void ratioTargetIsJudgedOnTheRatio() {
        Figure met = Figure.of("ingest", "store", "MB/s", STORE).against("putObject", PUT)
                .withTarget(Target.ratioAtLeast(0.8, "≥ 0.8×"));
        Figure missed = met.withTarget(Target.ratioAtLeast(0.81, "≥ 0.81×"));
        assertThat(met.targetStatus()).contains("met");
        assertThat(missed.targetStatus()).contains("missed");
    }

    @Test
    void valueTargetsAreJudgedOnTheMedian() {
        Figure p95 = Figure.of("verification", "p95", "ms", Summary.of(40.0, 45.0, 70.0));
        assertThat(p95.withTarget(Target.atMost(50, "≤ 50 ms")).targetStatus()).contains("met");
        assertThat(p95.withTarget(Target.atMost(44, "≤ 44 ms")).targetStatus()).contains("missed");
        assertThat(p95.withTarget(Target.atLeast(45, "≥ 45")).targetStatus()).contains("met");
    }

    @Test
    void aFigureNotMeasuredSaysWhyAndIsNotJudged() {
        Figure figure = Figure.notMeasured("node", "upload", "MB/s", "node not running")
                .withTarget(Target.atLeast(1, "≥ 1"));
        assertThat(figure.measured()).isFalse();
        assertThat(figure.note()).isEqualTo("not measured: node not running");
        assertThat(figure.ratio()).isEmpty();
        assertThat(figure.targetStatus()).isEmpty();
        assertThatThrownBy(() -> new Figure("s", "n", "u", null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRatioTargetWithoutBaselineIsNotJudged() {
        assertThat(Figure.of("s", "n", "u", STORE).withTarget(Target.ratioAtLeast(1, "x")).targetStatus()).isEmpty();
    }
}
