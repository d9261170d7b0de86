package cn.procuratorate.evidence.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

    @Test
    void quickIsTheDefault() {
        BenchmarkOptions options = BenchmarkOptions.parse();
        assertThat(options.full()).isFalse();
        assertThat(options.plan()).isEqualTo(BenchmarkPlan.quick());
        assertThat(options.only()).isEmpty();
        assertThat(options.out()).isEmpty();
    }

    @Test
    void fullWithRunsOnlyOutAndConcurrency() {
        BenchmarkOptions options = BenchmarkOptions.parse("--full", "--runs", "7", "--only", "anchoring,growth",
                "--out", "/tmp/x", "--concurrency", "1,256");
        BenchmarkPlan plan = options.plan();
        assertThat(plan.mode()).isEqualTo("full");
        assertThat(plan.runs()).isEqualTo(7);
        assertThat(plan.anchoringConcurrencies()).containsExactly(1, 256);
        assertThat(plan.largeFileBytes()).isEqualTo(1L << 30);
        assertThat(options.only()).containsExactly("anchoring", "growth");
        assertThat(options.out()).contains(Path.of("/tmp/x"));
    }

    @Test
    void badArgumentsAreRefusedWithTheUsage() {
        assertThatThrownBy(() -> BenchmarkOptions.parse("--fast")).hasMessageContaining("usage:");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--runs")).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--runs", "0")).hasMessageContaining("from 1 to 100");
        assertThatThrownBy(() -> BenchmarkOptions.parse("--concurrency", "2,x")).hasMessageContaining("'x'");
    }

    @Test
    void everyScenarioIdIsKnownToTheUsage() {
        List<String> ids = BenchmarkMain.allScenarios().stream().map(Scenario::id).toList();
        assertThat(ids).containsExactly("ingest", "anchoring", "verification", "hand-off", "growth", "node");
        ids.forEach(id -> assertThat(BenchmarkOptions.USAGE).contains(id));
    }

    @Test
    void planSizesAndCounts() {
        assertThat(BenchmarkPlan.size(1L << 30)).isEqualTo("1 GiB");
        assertThat(BenchmarkPlan.size(128L << 20)).isEqualTo("128 MiB");
        assertThat(BenchmarkPlan.size(4096)).isEqualTo("4 KiB");
        assertThat(BenchmarkPlan.size(1000)).isEqualTo("1000 B");
        BenchmarkPlan quick = BenchmarkPlan.quick();
        assertThat(quick.transactionsAt(1, 5)).isEqualTo(quick.minimumTransactions());
        assertThat(quick.transactionsAt(64, 5)).isEqualTo(320);
        assertThat(BenchmarkPlan.full().growthLevels()).containsExactly(1_000, 10_000, 100_000);
        assertThatThrownBy(() -> quick.withRuns(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
