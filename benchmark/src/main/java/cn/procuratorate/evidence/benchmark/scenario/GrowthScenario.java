package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.BenchmarkContext;
import cn.procuratorate.evidence.benchmark.BenchmarkPlan;
import cn.procuratorate.evidence.benchmark.Scenario;
import cn.procuratorate.evidence.benchmark.load.LoadRun;
import cn.procuratorate.evidence.benchmark.report.Figure;
import cn.procuratorate.evidence.benchmark.stats.Series;
import cn.procuratorate.evidence.benchmark.stats.Summary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How cost grows with the ledger: registrations are preloaded concurrently up to each level
 * (cumulative within the run; the preload time is reported), then anchoring and verify-by-id are
 * measured as in their own scenarios, next to the same baselines taken at the same level.
 * The ledger also holds whatever earlier runs and tests left on it; the report states the
 * channel's block height.
 */
public final class GrowthScenario implements Scenario {

    @Override
    public String id() {
        return "growth";
    }

    @Override
    public String title() {
        return "anchoring and verify-by-id with N items preloaded, vs the baselines at the same N";
    }

    @Override
    public List<Figure> run(BenchmarkContext context) throws Exception {
        BenchmarkPlan plan = context.plan();
        VerifiableItem item = VerifiableItem.create(context, 17);
        List<Figure> figures = new ArrayList<>();
        int preloaded = 0;
        for (int level : plan.growthLevels()) {
            int toAdd = level - preloaded;
            context.progress("growth: preloading %,d registrations at %d threads", toAdd, plan.preloadConcurrency());
            LoadRun preload = LedgerLoad.register(context, "preload", toAdd, plan.preloadConcurrency());
            preloaded = level;
            String at = String.format(Locale.ROOT, "%,d preloaded", level);
            long height = context.sender().chainInfo().height();
            figures.add(Figure.of(id(), String.format(Locale.ROOT, "preload to %,d items (+%,d registrations, %d threads)",
                    level, toAdd, plan.preloadConcurrency()), "s", Summary.of(preload.wallSeconds()))
                    .withNote(String.format(Locale.ROOT, "%.1f tx/s; %s; block height afterwards %,d (the channel "
                            + "also holds what earlier runs and tests registered)", preload.throughputPerSecond(),
                            preload.describeFailures(), height)));
            if (preload.failures() > 0) {
                context.note("growth preload to " + at + ": " + preload.describeFailures());
            }
            figures.addAll(measureAt(context, item, at));
        }
        return figures;
    }

    private List<Figure> measureAt(BenchmarkContext context, VerifiableItem item, String at) {
        BenchmarkPlan plan = context.plan();
        int concurrency = plan.growthConcurrency();
        int total = plan.growthTransactions();
        Series series = new Series();
        List<String> failures = new ArrayList<>();
        CpuProfile cpu = new CpuProfile(context.cpu());
        for (int run = 1; run <= plan.runs(); run++) {
            LedgerLoad.registerAndProbe(context, series, run, total, concurrency, failures, cpu);
            LatencySampler.sample(series, "by-id", run, plan.growthVerificationSamples(), item::verifyById,
                    item::rawVerifyById, failures);
            context.progress("growth %s run %d/%d: register p95 %.0f ms (probe %.0f), verify-by-id p95 %.1f ms (raw %.1f)",
                    at, run, plan.runs(), series.last("register.p95"), series.last("probe.p95"),
                    series.last("by-id.p95"), series.last("by-id-raw.p95"));
        }
        String label = at + ", c=" + concurrency + ", " + total + " tx/run";
        List<Figure> figures = new ArrayList<>(AnchoringScenario.figures(id(), label, false, series, failures,
                context, cpu.describe(List.of("register", "probe"), "tx")));
        figures.addAll(VerificationScenario.percentiles(id(), "verify-by-id",
                at + ", " + plan.growthVerificationSamples() + " samples/run", "by-id", Baselines.VERIFY_BY_ID,
                series));
        return figures;
    }
}
