package cn.procuratorate.evidence.benchmark.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.benchmark.stats.Summary;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {

    private static BenchmarkReport report() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("CPU", "2 cores");
        return new BenchmarkReport("quick", Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-01-01T00:05:00Z"),
                environment,
                List.of(new Setting("channel", "BatchTimeout", "500ms", "configtx.yaml")),
                List.of(
                        Figure.of("ingest", "store, one 1 GiB file", "MB/s", Summary.of(150.0, 140.0, 160.0))
                                .against("raw putObject", Summary.of(200.0, 190.0, 210.0))
                                .withTarget(Target.ratioAtLeast(0.8, "≥ 0.8× raw putObject")),
                        Figure.of("ingest", "store, 4 KiB | files", "files/s", Summary.of(200.0))
                                .against("raw hash", Summary.of(60_000.0))
                                .withNote("CPU profile"),
                        Figure.notMeasured("node", "upload API", "MB/s", "node not running")),
                List.of("a note"));
    }

    @Test
    void markdownHasEveryFigureWithBaselineRatioAndTarget() {
        String markdown = MarkdownReport.render(report());
        assertThat(markdown)
                .contains("# Benchmark results (quick mode)")
                .contains("- CPU: 2 cores")
                .contains("| channel | BatchTimeout | 500ms | configtx.yaml |")
                .contains("| ingest | store, one 1 GiB file | 150 MB/s | 140–160 | 3 | raw putObject | 200 MB/s (190–210) "
                        + "| 0.75× | ≥ 0.8× raw putObject: **missed** |")
                .contains("| node | upload API | not measured: node not running |")
                .contains("- *store, 4 KiB \\| files*: CPU profile")
                .contains("## Notes\n\n- a note");
    }

    @Test
    void aTinyRatioKeepsItsDigits() {
        assertThat(MarkdownReport.render(report())).contains("| 0.00333× |");
    }

    @Test
    void jsonCarriesTheSameFiguresAndNullsForWhatWasNotMeasured() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonReport.render(report()));
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(JsonReport.SCHEMA_VERSION);
        assertThat(root.get("mode").asText()).isEqualTo("quick");
        JsonNode first = root.get("figures").get(0);
        assertThat(first.get("value").get("median").asDouble()).isEqualTo(150.0);
        assertThat(first.get("baseline").get("min").asDouble()).isEqualTo(190.0);
        assertThat(first.get("ratio").asDouble()).isEqualTo(0.75);
        assertThat(first.get("target").get("status").asText()).isEqualTo("missed");
        JsonNode node = root.get("figures").get(2);
        assertThat(node.get("value").isNull()).isTrue();
        assertThat(node.get("ratio").isNull()).isTrue();
        assertThat(node.get("note").asText()).isEqualTo("not measured: node not running");
        assertThat(root.get("settings").get(0).get("value").asText()).isEqualTo("500ms");
        assertThat(root.get("notes").get(0).asText()).isEqualTo("a note");
    }
}
