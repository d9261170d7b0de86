package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.BenchmarkContext;
import cn.procuratorate.evidence.benchmark.BenchmarkPlan;
import cn.procuratorate.evidence.benchmark.Scenario;
import cn.procuratorate.evidence.benchmark.load.LoadRun;
import cn.procuratorate.evidence.benchmark.report.Figure;
import cn.procuratorate.evidence.benchmark.report.Target;
import cn.procuratorate.evidence.benchmark.stats.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * Lead hand-off at the ledger level: the sender submits a lead (with one evidence item of its
 * own, which the chaincode grants to the receiver in the same transaction) through
 * {@code LedgerTransactions.submit}; the receiver's {@code LedgerEventStream}, on its own peer,
 * observes the {@code LeadSubmitted} event. Latency is from the sender's submit to that
 * observation; throughput is leads observed per second. Baseline: the probe write's
 * submit→commit at the sender, same concurrency. The ledger side lives in {@link LedgerHandOff};
 * the node-level hand-off (the receiver's intake process started) is reported by
 * {@link NodeLevelScenario}.
 */
public final class HandOffScenario implements Scenario {
    static final double TARGET_P95_MS = 3000;

    @Override
    public String id() {
        return "hand-off";
    }

    @Override
    public String title() {
        return "lead submit (sender) → LeadSubmitted observed (receiver) vs probe write";
    }

    @Override
    public List<Figure> run(BenchmarkContext context) throws Exception {
        BenchmarkPlan plan = context.plan();
        try (LedgerHandOff ledger = LedgerHandOff.start(context, "hand-off-events.json")) {
            ledger.warmUp(id(), ledger::prepareEvidence);
            List<Figure> figures = new ArrayList<>();
            for (int concurrency : plan.handOffConcurrencies()) {
                int total = plan.transactionsAt(concurrency, plan.handOffPerThread());
                Series series = new Series();
                List<String> failures = new ArrayList<>();
                CpuProfile cpu = new CpuProfile(context.cpu());
                for (int run = 1; run <= plan.runs(); run++) {
                    List<String> evidence = ledger.prepareEvidence(total, failures);
                    for (int turn = 0; turn < 2; turn++) {
                        if ((turn == 0) == (run % 2 == 1)) {
                            cpu.measure("lead", total, () -> {
                                ledger.leads(evidence, concurrency, series, "lead", failures);
                                return null;
                            });
                        } else {
                            LoadRun probe = cpu.measure("probe", total, () -> LedgerLoad.probe(context, total,
                                    concurrency));
                            LedgerLoad.record(series, "probe", probe);
                            if (probe.failures() > 0) {
                                failures.add("probe: " + probe.describeFailures());
                            }
                        }
                    }
                    context.progress("hand-off c=%d run %d/%d (%d leads): %.1f leads/s p95 %.0f ms, probe %.1f tx/s p95 %.0f ms",
                            concurrency, run, plan.runs(), total, series.last("lead.tps"), series.last("lead.p95"),
                            series.last("probe.tps"), series.last("probe.p95"));
                }
                figures.addAll(figures(context, concurrency, total, series, failures,
                        cpu.describe(List.of("lead", "probe"), "lead or tx")));
            }
            return figures;
        }
    }

    private List<Figure> figures(BenchmarkContext context, int concurrency, int total, Series series,
            List<String> failures, String cpuProfile) {
        String label = "c=" + concurrency + ", " + total + " leads/run";
        List<Figure> figures = new ArrayList<>();
        if (!series.has("lead.tps") || !series.has("probe.tps")) {
            figures.add(Figure.notMeasured(id(), "hand-off, " + label, "leads/s", "no run completed: "
                    + String.join("; ", failures)));
            return figures;
        }
        Figure tps = Figure.of(id(), "leads handed off, " + label, "/s", series.summary("lead.tps"))
                .against(Baselines.PROBE_WRITE + " (tx/s)", series.summary("probe.tps"));
        String note = cpuProfile;
        if (!failures.isEmpty()) {
            context.note("hand-off " + label + ": " + String.join("; ", failures));
            note = String.join("; ", failures) + "; " + note;
        }
        tps = tps.withNote(note);
        figures.add(tps);
        for (String percentile : List.of("p50", "p95", "p99")) {
            String name = "submit→observed by receiver " + percentile + ", " + label;
            if (!series.has("lead." + percentile) || !series.has("probe." + percentile)) {
                figures.add(Figure.notMeasured(id(), name, "ms", "no lead observed"));
                continue;
            }
            Figure figure = Figure.of(id(), name, "ms", series.summary("lead." + percentile))
                    .against("probe:writeProbe submit→commit at the sender, same concurrency",
                            series.summary("probe." + percentile));
            if (percentile.equals("p95")) {
                figure = figure.withTarget(Target.atMost(TARGET_P95_MS, "≤ 3,000 ms"));
            }
            figures.add(figure);
        }
        return figures;
    }
}
