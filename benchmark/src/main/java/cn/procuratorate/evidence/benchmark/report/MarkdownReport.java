package cn.procuratorate.evidence.benchmark.report;

import cn.procuratorate.evidence.benchmark.stats.Summary;
import java.util.List;
import java.util.Map;

/**
 * The report as Markdown: environment, settings, one results table (figure, baseline, ratio,
 * target) and the notes. The same text is printed at the end of a run and written to
 * {@code results.md}.
 */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(BenchmarkReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark results (").append(report.mode()).append(" mode)\n\n");
        out.append("Started ").append(report.startedAt()).append(", finished ").append(report.finishedAt())
                .append(".\n\n");
        for (Map.Entry<String, String> fact : report.environment().entrySet()) {
            out.append("- ").append(fact.getKey()).append(": ").append(cell(fact.getValue())).append('\n');
        }
        out.append("\n## Settings\n\n");
        out.append(settingsTable(report.settings()));
        out.append("\n## Figures\n\n");
        out.append("Each figure is the median of the runs, with min–max; the baseline was measured in the same ")
                .append("run; ratio = figure ÷ baseline (medians).\n\n");
        out.append(figuresTable(report.figures()));
        if (!report.notes().isEmpty()) {
            out.append("\n## Notes\n\n");
            for (String note : report.notes()) {
                out.append("- ").append(note).append('\n');
            }
        }
        return out.toString();
    }

    static String settingsTable(List<Setting> settings) {
        StringBuilder out = new StringBuilder("| section | setting | value | source |\n|---|---|---|---|\n");
        for (Setting setting : settings) {
            out.append("| ").append(cell(setting.section())).append(" | ").append(cell(setting.name()))
                    .append(" | ").append(cell(setting.value())).append(" | ").append(cell(setting.source()))
                    .append(" |\n");
        }
        return out.toString();
    }

    public static String figuresTable(List<Figure> figures) {
        StringBuilder out = new StringBuilder(
                "| scenario | figure | median | min–max | runs | baseline | baseline median (min–max) | ratio | target |\n"
                        + "|---|---|---:|---:|---:|---|---:|---:|---|\n");
        for (Figure figure : figures) {
            out.append("| ").append(cell(figure.scenario()))
                    .append(" | ").append(cell(figure.name()));
            if (figure.measured()) {
                Summary value = figure.value();
                out.append(" | ").append(Numbers.format(value.median())).append(' ').append(cell(figure.unit()))
                        .append(" | ").append(range(value))
                        .append(" | ").append(value.runs());
            } else {
                out.append(" | ").append(cell(figure.note())).append(" | | ");
            }
            out.append(" | ").append(figure.baselineName() == null ? "—" : cell(figure.baselineName()));
            out.append(" | ").append(figure.baseline() == null ? "—"
                    : Numbers.format(figure.baseline().median()) + " " + cell(figure.unit()) + " ("
                            + range(figure.baseline()) + ")");
            out.append(" | ").append(figure.ratio().map(Numbers::ratio).orElse("—"));
            out.append(" | ").append(target(figure)).append(" |\n");
        }
        List<Figure> annotated = figures.stream().filter(f -> f.measured() && f.note() != null).toList();
        if (!annotated.isEmpty()) {
            out.append('\n');
            for (Figure figure : annotated) {
                out.append("- *").append(cell(figure.name())).append("*: ").append(figure.note()).append('\n');
            }
        }
        return out.toString();
    }

    private static String target(Figure figure) {
        if (figure.target() == null) {
            return "";
        }
        return cell(figure.target().text()) + figure.targetStatus().map(status -> ": **" + status + "**").orElse("");
    }

    private static String range(Summary summary) {
        return Numbers.format(summary.min()) + "–" + Numbers.format(summary.max());
    }

    /** Keeps a value inside its table cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
