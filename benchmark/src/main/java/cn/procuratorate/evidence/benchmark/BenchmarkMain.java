package cn.procuratorate.evidence.benchmark;

import cn.procuratorate.evidence.benchmark.report.BenchmarkReport;
import cn.procuratorate.evidence.benchmark.report.Figure;
import cn.procuratorate.evidence.benchmark.report.JsonReport;
import cn.procuratorate.evidence.benchmark.report.MarkdownReport;
import cn.procuratorate.evidence.benchmark.report.Setting;
import cn.procuratorate.evidence.benchmark.scenario.AnchoringScenario;
import cn.procuratorate.evidence.benchmark.scenario.GrowthScenario;
import cn.procuratorate.evidence.benchmark.scenario.HandOffScenario;
import cn.procuratorate.evidence.benchmark.scenario.IngestScenario;
import cn.procuratorate.evidence.benchmark.scenario.NodeLevelScenario;
import cn.procuratorate.evidence.benchmark.scenario.VerificationScenario;
import cn.procuratorate.evidence.ledger.profile.ProfileDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs the scenarios against the local consortium and writes {@code results.json} and
 * {@code results.md}; the Markdown is printed at the end too. Started by {@code benchmark/run}.
 */
public final class BenchmarkMain {

    static List<Scenario> allScenarios() {
        return List.of(new IngestScenario(), new AnchoringScenario(), new VerificationScenario(),
                new HandOffScenario(), new GrowthScenario(), new NodeLevelScenario());
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        List<Scenario> scenarios = select(options.only());
        BenchmarkPlan plan = options.plan();
        Path repoRoot = repoRoot();
        Instant startedAt = Instant.now();
        Path out = options.out().orElse(repoRoot.resolve("benchmark/results")
                .resolve(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(startedAt)
                        + "-" + plan.mode()));
        Files.createDirectories(out);
        ProfileDirectory profiles = ProfileDirectory.locate();

        try (BenchmarkContext context = new BenchmarkContext(plan, repoRoot, profiles, System.err)) {
            List<Setting> settings = BenchmarkSettings.collect(repoRoot, profiles.allAgencies(), plan,
                    context.storeSettings(), context.scratchBucketName());
            Map<String, String> environment = Environment.describe(repoRoot, plan, scenarios);
            environment.put("block height at start", height(context));
            List<Figure> figures = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                context.progress("=== %s: %s", scenario.id(), scenario.title());
                long start = System.nanoTime();
                try {
                    List<Figure> produced = scenario.run(context);
                    figures.addAll(produced);
                    System.out.println();
                    System.out.print(MarkdownReport.figuresTable(produced));
                } catch (Exception | AssertionError e) {
                    context.note(scenario.id() + " failed: " + e);
                    figures.add(Figure.notMeasured(scenario.id(), scenario.title(), "—", "scenario failed: " + e));
                }
                context.progress("=== %s took %.0f s", scenario.id(), (System.nanoTime() - start) / 1e9);
                write(out, new BenchmarkReport(plan.mode(), startedAt, Instant.now(), environment, settings, figures,
                        context.notes()), false);
            }
            environment.put("block height at end", height(context));
            BenchmarkReport report = new BenchmarkReport(plan.mode(), startedAt, Instant.now(), environment, settings,
                    figures, context.notes());
            write(out, report, true);
            System.out.println();
            System.out.print(MarkdownReport.render(report));
            System.out.println();
            System.out.println("Results written to " + out.resolve("results.json") + " and " + out.resolve("results.md"));
        }
    }

    private static List<Scenario> select(List<String> only) {
        List<Scenario> all = allScenarios();
        if (only.isEmpty()) {
            return all;
        }
        List<String> known = all.stream().map(Scenario::id).toList();
        List<String> unknown = only.stream().filter(id -> !known.contains(id)).toList();
        if (!unknown.isEmpty()) {
            System.err.println("unknown scenario(s) " + unknown + "; known: " + known);
            System.exit(2);
        }
        return all.stream().filter(s -> only.contains(s.id())).collect(Collectors.toList());
    }

    private static void write(Path out, BenchmarkReport report, boolean complete) throws IOException {
        Files.writeString(out.resolve("results.json"), JsonReport.render(report));
        String markdown = MarkdownReport.render(report);
        Files.writeString(out.resolve("results.md"), complete ? markdown : "*(run in progress)*\n\n" + markdown);
    }

    private static String height(BenchmarkContext context) {
        try {
            return String.format(Locale.ROOT, "%,d", context.sender().chainInfo().height());
        } catch (RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** {@code -Dbenchmark.repoRoot}, else the nearest directory up from here holding network/ and pom.xml. */
    static Path repoRoot() {
        String explicit = System.getProperty("benchmark.repoRoot");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("network")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root; set -Dbenchmark.repoRoot");
    }
}
