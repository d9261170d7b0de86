package cn.procuratorate.evidence.benchmark.node;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.benchmark.BenchmarkPlan;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NodeDriverLogicTest {

    @Test
    void multipartPutsTheTextFieldsBeforeTheFile() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("caseRef", "BENCH-1");
        fields.put("title", "t");
        String head = new String(Multipart.head("B", fields, "a.pdf", "application/pdf"), StandardCharsets.UTF_8);
        assertThat(head).isEqualTo("--B\r\nContent-Disposition: form-data; name=\"caseRef\"\r\n\r\nBENCH-1\r\n"
                + "--B\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nt\r\n"
                + "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n");
        assertThat(new String(Multipart.tail("B"), StandardCharsets.UTF_8)).isEqualTo("\r\n--B--\r\n");
        assertThat(Multipart.contentType("B")).isEqualTo("multipart/form-data; boundary=B");
    }

    @Test
    void readsMemoryFieldsOfAProcStatusText() {
        String status = "Name:\tjava\nVmPeak:\t 3000000 kB\nVmHWM:\t  262144 kB\nVmRSS:\t  200000 kB\n";
        assertThat(ProcStatus.fieldKib(status, "VmHWM")).isEqualTo(262_144);
        assertThat(ProcStatus.fieldKib(status, "VmRSS:")).isEqualTo(200_000);
        assertThat(ProcStatus.fieldKib(status, "VmSwap")).isEqualTo(-1);
    }

    @Test
    void readsTheJvmOptionsOfACommandLineUpToTheJar() {
        String cmdline = "java\0-Xmx256m\0-XX:+UseSerialGC\0-jar\0node.jar\0-Xignored\0";
        assertThat(ProcStatus.jvmOptions(cmdline)).containsExactly("-Xmx256m", "-XX:+UseSerialGC");
    }

    @Test
    void nodeSizesAreSmallInQuickMode() {
        assertThat(BenchmarkPlan.quick().nodeUploadBytes()).isEqualTo(256L << 20);
        assertThat(BenchmarkPlan.quick().nodeRssUploadBytes()).isEqualTo(512L << 20);
        assertThat(BenchmarkPlan.full().nodeUploadBytes()).isEqualTo(1L << 30);
        assertThat(BenchmarkPlan.full().nodeRssUploadBytes()).isEqualTo(2L << 30);
    }

    @Test
    void smallNodeUploadsUseMoreThreadsAndFewerRunsInFullMode() {
        BenchmarkPlan quick = BenchmarkPlan.quick();
        BenchmarkPlan full = BenchmarkPlan.full();
        assertThat(quick.nodeSmallFileConcurrency()).isEqualTo(32).isGreaterThan(quick.ingestConcurrency());
        assertThat(full.nodeSmallFileConcurrency()).isEqualTo(32);
        assertThat(quick.smallFiles()).isEqualTo(500);
        assertThat(full.smallFiles()).isEqualTo(10_000);
        assertThat(quick.nodeSmallFileRuns()).isEqualTo(quick.runs());
        assertThat(quick.withRuns(1).nodeSmallFileRuns()).isEqualTo(1);
        assertThat(full.nodeSmallFileRuns()).isEqualTo(2);
        assertThat(full.withRuns(7).nodeSmallFileRuns()).isEqualTo(2);
        assertThat(full.withRuns(1).nodeSmallFileRuns()).isEqualTo(1);
    }

    @Test
    void nodeHandOffSendsFourLeadsPerThreadWithTheRunMinimum() {
        BenchmarkPlan quick = BenchmarkPlan.quick();
        assertThat(quick.handOffConcurrencies()).containsExactly(1, 8, 32);
        assertThat(quick.handOffConcurrencies().stream().map(quick::nodeHandOffLeadsAt).toList())
                .containsExactly(10, 32, 128);
        BenchmarkPlan full = BenchmarkPlan.full();
        assertThat(full.handOffConcurrencies()).containsExactly(1, 16, 64);
        assertThat(full.handOffConcurrencies().stream().map(full::nodeHandOffLeadsAt).toList())
                .containsExactly(50, 64, 256);
    }
}
