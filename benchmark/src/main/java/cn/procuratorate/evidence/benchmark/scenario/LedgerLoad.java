package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.BenchmarkContext;
import cn.procuratorate.evidence.benchmark.data.BenchIds;
import cn.procuratorate.evidence.benchmark.load.ClosedLoop;
import cn.procuratorate.evidence.benchmark.load.LoadRun;
import cn.procuratorate.evidence.benchmark.stats.Series;
import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.model.EvidenceRegistration;
import java.util.List;

/**
 * The two transactions the ledger scenarios put side by side: an evidence registration with
 * random digests (the application's write) and a probe write of one key (the bare Fabric
 * transaction), each run in a closed loop and recorded as throughput and latency percentiles.
 */
final class LedgerLoad {
    static final long REGISTERED_SIZE = 4096;

    private LedgerLoad() {}

    /** Registers {@code total} new items with random digests; returns the run (ids are not kept). */
    static LoadRun register(BenchmarkContext context, String kind, int total, int concurrency) {
        LedgerConnection ledger = context.sender();
        return ClosedLoop.run("register", total, concurrency, i -> ledger.evidence().register(registration(
                context.ids().next(kind))));
    }

    /** Registers the given ids with random digests. */
    static LoadRun registerIds(BenchmarkContext context, List<String> ids, int concurrency) {
        LedgerConnection ledger = context.sender();
        return ClosedLoop.run("register", ids.size(), concurrency,
                i -> ledger.evidence().register(registration(ids.get(i))));
    }

    /**
     * Probe writes: blind writes of one key each, which never conflict, so a key per thread slot
     * keeps the world state from growing.
     */
    static LoadRun probe(BenchmarkContext context, int total, int concurrency) {
        LedgerConnection ledger = context.sender();
        String prefix = "bench-probe-" + context.ids().run() + "-";
        return ClosedLoop.run("probe", total, concurrency,
                i -> ledger.probe().write(prefix + (i % concurrency), BenchIds.randomHex256()));
    }

    static EvidenceRegistration registration(String evidenceId) {
        return new EvidenceRegistration(evidenceId, BenchIds.randomHex256(), BenchIds.randomHex256(), REGISTERED_SIZE,
                BenchmarkContext.MEDIA_TYPE, "", BenchmarkContext.USER, "");
    }

    /** Records {@code <name>.tps}, {@code .p50}, {@code .p95}, {@code .p99} (ms) of one run. */
    static void record(Series series, String name, LoadRun run) {
        series.record(name + ".tps", run.throughputPerSecond());
        if (run.succeeded() > 0) {
            series.record(name + ".p50", run.percentileMillis(50));
            series.record(name + ".p95", run.percentileMillis(95));
            series.record(name + ".p99", run.percentileMillis(99));
        }
    }

    /** Runs both in alternating order (so neither always goes first) and records them. */
    static void registerAndProbe(BenchmarkContext context, Series series, int run, int total, int concurrency,
            List<String> failures, CpuProfile cpu) {
        for (int turn = 0; turn < 2; turn++) {
            boolean registerNow = (turn == 0) == (run % 2 == 1);
            String name = registerNow ? "register" : "probe";
            LoadRun result = cpu.measure(name, total, () -> registerNow
                    ? register(context, "anchor", total, concurrency)
                    : probe(context, total, concurrency));
            record(series, name, result);
            if (result.failures() > 0) {
                failures.add(name + " at " + concurrency + " threads: " + result.describeFailures());
            }
        }
    }
}
