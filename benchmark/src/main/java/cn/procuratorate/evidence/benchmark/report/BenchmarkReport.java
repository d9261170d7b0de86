package cn.procuratorate.evidence.benchmark.report;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run produced: where and how it ran, the settings in force, the
 * figures and any notes (failures, skipped scenarios).
 *
 * @param environment machine and software facts, in the order they should be printed
 */
public record BenchmarkReport(String mode, Instant startedAt, Instant finishedAt, Map<String, String> environment,
        List<Setting> settings, List<Figure> figures, List<String> notes) {

    public BenchmarkReport {
        environment = Collections.unmodifiableMap(new LinkedHashMap<>(environment));
        settings = List.copyOf(settings);
        figures = List.copyOf(figures);
        notes = List.copyOf(notes);
    }
}
