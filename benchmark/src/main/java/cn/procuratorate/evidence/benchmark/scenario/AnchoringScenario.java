package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.BenchmarkContext;
import cn.procuratorate.evidence.benchmark.BenchmarkPlan;
import cn.procuratorate.evidence.benchmark.Scenario;
import cn.procuratorate.evidence.benchmark.report.Figure;
import cn.procuratorate.evidence.benchmark.report.Target;
import cn.procuratorate.evidence.benchmark.stats.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * Evidence registrations committed per second, and their submit→commit latency, at several
 * client concurrencies, through {@code EvidenceLedger.register} (unique ids, random digests);
 * baseline: the probe write (one key, no checks) through the same gateway at the same concurrency.
 */
public final class AnchoringScenario implements Scenario {
    static final double TARGET_TPS = 200;
    static final double TARGET_P95_MS = 2000;
    /** The throughput goal is a capacity goal: one client thread waits a block per transaction. */
    static final int TARGET_FROM_CONCURRENCY = 16;

    @Override
    public String id() {
        return "anchoring";
    }

    @Override
    public String title() {
        return "EvidenceLedger.register vs probe:writeProbe, same gateway and concurrency";
    }

    @Override
    public List<Figure> run(BenchmarkContext context) throws Exception {
        BenchmarkPlan plan = context.plan();
        context.progress("anchoring: warming up");
        LedgerLoad.register(context, "warmup", 32, 16);
        LedgerLoad.probe(context, 32, 16);
        List<Figure> figures = new ArrayList<>();
        for (int concurrency : plan.anchoringConcurrencies()) {
            int total = plan.transactionsAt(concurrency, plan.anchoringPerThread());
            Series series = new Series();
            List<String> failures = new ArrayList<>();
            CpuProfile cpu = new CpuProfile(context.cpu());
            for (int run = 1; run <= plan.runs(); run++) {
                LedgerLoad.registerAndProbe(context, series, run, total, concurrency, failures, cpu);
                context.progress("anchoring c=%d run %d/%d (%d tx): register %.1f tx/s p95 %.0f ms, probe %.1f tx/s p95 %.0f ms",
                        concurrency, run, plan.runs(), total, series.last("register.tps"), series.last("register.p95"),
                        series.last("probe.tps"), series.last("probe.p95"));
            }
            boolean targeted = concurrency >= TARGET_FROM_CONCURRENCY;
            figures.addAll(figures(id(), "c=" + concurrency + ", " + total + " tx/run", targeted, series, failures,
                    context, cpu.describe(List.of("register", "probe"), "tx")));
        }
        return figures;
    }

    /** @param targeted whether the capacity targets (throughput, p95) apply to these figures */
    static List<Figure> figures(String scenario, String label, boolean targeted, Series series, List<String> failures,
            BenchmarkContext context, String cpuProfile) {
        List<Figure> figures = new ArrayList<>();
        Figure tps = Figure.of(scenario, "registrations committed, " + label, "tx/s", series.summary("register.tps"))
                .against(Baselines.PROBE_WRITE, series.summary("probe.tps"));
        if (targeted) {
            tps = tps.withTarget(Target.atLeast(TARGET_TPS, "≥ 200 tx/s"));
        }
        String note = cpuProfile;
        if (!failures.isEmpty()) {
            context.note(scenario + " " + label + ": " + String.join("; ", failures));
            note = String.join("; ", failures) + (note.isEmpty() ? "" : "; " + note);
        }
        if (!note.isEmpty()) {
            tps = tps.withNote(note);
        }
        figures.add(tps);
        for (String percentile : List.of("p50", "p95", "p99")) {
            String key = "register." + percentile;
            if (!series.has(key) || !series.has("probe." + percentile)) {
                figures.add(Figure.notMeasured(scenario, "submit→commit " + percentile + ", " + label, "ms",
                        "no transaction succeeded"));
                continue;
            }
            Figure latency = Figure.of(scenario, "submit→commit " + percentile + ", " + label, "ms",
                    series.summary(key)).against(Baselines.PROBE_WRITE, series.summary("probe." + percentile));
            if (targeted && percentile.equals("p95")) {
                latency = latency.withTarget(Target.atMost(TARGET_P95_MS, "≤ 2,000 ms"));
            }
            figures.add(latency);
        }
        return figures;
    }
}
