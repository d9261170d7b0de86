package cn.procuratorate.evidence.benchmark.consortium;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuAccountingTest {

    @Test
    void readsUtimePlusStimeEvenWhenTheCommandNameHasSpacesAndParentheses() {
        String stat = "1234 (java (main) x) S 1 1234 1234 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 30 0 100 0";
        assertThat(CpuAccounting.parseStat(stat)).isEqualTo(3.0);
    }

    @Test
    void readsThisProcess() {
        assertThat(CpuAccounting.cpuSeconds(ProcessHandle.current().pid())).isGreaterThanOrEqualTo(0);
    }

    @Test
    void usageIsTheDifferenceAndAddsUp() {
        CpuAccounting.Snapshot before = new CpuAccounting.Snapshot(0, Map.of("peer-police", 1.0, "gone", 5.0));
        CpuAccounting.Snapshot after = new CpuAccounting.Snapshot(2_000_000_000L,
                Map.of("peer-police", 2.0, "minio", 9.0));
        CpuAccounting.Usage usage = after.since(before);
        assertThat(usage.cpuSeconds()).containsExactlyEntriesOf(Map.of("peer-police", 1.0));
        assertThat(usage.wallSeconds()).isEqualTo(2.0);
        CpuAccounting.Usage twice = usage.plus(usage);
        assertThat(twice.totalCpuSeconds()).isEqualTo(2.0);
        assertThat(twice.wallSeconds()).isEqualTo(4.0);
    }

    @Test
    void describesPerOperationLargestFirst() {
        CpuAccounting.Usage usage = new CpuAccounting.Usage(1.0, Map.of("peer-police", 0.2, "chaincode-police", 0.6));
        assertThat(usage.describe(100, 2)).isEqualTo(
                "cores busy 0.80 of 2; CPU ms per op: chaincode-police 6.00, peer-police 2.00, total 8.00");
        assertThat(CpuAccounting.Usage.none().describe(1, 2)).isEqualTo("no CPU data");
    }
}
