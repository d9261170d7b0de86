package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.BenchmarkContext;
import cn.procuratorate.evidence.benchmark.BenchmarkPlan;
import cn.procuratorate.evidence.benchmark.Scenario;
import cn.procuratorate.evidence.benchmark.data.PseudoRandomBytes;
import cn.procuratorate.evidence.benchmark.data.RawDigests;
import cn.procuratorate.evidence.benchmark.data.ScratchBucket;
import cn.procuratorate.evidence.benchmark.report.Figure;
import cn.procuratorate.evidence.benchmark.report.Target;
import cn.procuratorate.evidence.benchmark.stats.Series;
import cn.procuratorate.evidence.store.EvidenceStore;
import cn.procuratorate.evidence.store.EvidenceVerification;
import cn.procuratorate.evidence.store.StoredEvidence;
import io.minio.GetObjectArgs;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Verification latency at the library level: verify-by-id (ledger {@code getEvidence}, then the
 * stored 1 MiB version re-hashed by {@code EvidenceStore.verify}) and verify-by-file (hash 1 MiB,
 * {@code findBySha256} and {@code findBySm3}), each next to the same work done raw; and the
 * throughput of re-hashing a large stored item next to raw hashing and a raw read.
 */
public final class VerificationScenario implements Scenario {
    static final double TARGET_P95_MS = 50;

    @Override
    public String id() {
        return "verification";
    }

    @Override
    public String title() {
        return "verify-by-id, verify-by-file and full re-hash vs the same work done raw";
    }

    @Override
    public List<Figure> run(BenchmarkContext context) throws Exception {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(latencies(context));
        figures.addAll(rehash(context));
        return figures;
    }

    private List<Figure> latencies(BenchmarkContext context) throws Exception {
        BenchmarkPlan plan = context.plan();
        VerifiableItem item = VerifiableItem.create(context, 11);
        int samples = plan.verificationSamples();
        Series series = new Series();
        List<String> failures = new ArrayList<>();
        LatencySampler.sample(new Series(), "warmup", 1, 10, item::verifyById, item::rawVerifyById, failures);
        LatencySampler.sample(new Series(), "warmup", 1, 10, item::verifyByFile, item::rawVerifyByFile, failures);
        failures.clear();
        for (int run = 1; run <= plan.runs(); run++) {
            LatencySampler.sample(series, "by-id", run, samples, item::verifyById, item::rawVerifyById, failures);
            LatencySampler.sample(series, "by-file", run, samples, item::verifyByFile, item::rawVerifyByFile, failures);
            context.progress("verification run %d/%d: by-id p95 %.1f ms (raw %.1f), by-file p95 %.1f ms (raw %.1f)",
                    run, plan.runs(), series.last("by-id.p95"), series.last("by-id-raw.p95"),
                    series.last("by-file.p95"), series.last("by-file-raw.p95"));
        }
        if (!failures.isEmpty()) {
            context.note("verification: " + String.join("; ", failures));
        }
        String label = "1 MiB, " + samples + " sequential samples/run";
        List<Figure> figures = new ArrayList<>();
        figures.addAll(percentiles(id(), "verify-by-id", label, "by-id", Baselines.VERIFY_BY_ID, series));
        figures.addAll(percentiles(id(), "verify-by-file", label, "by-file", Baselines.VERIFY_BY_FILE, series));
        return figures;
    }

    static List<Figure> percentiles(String scenario, String what, String label, String key, String baseline,
            Series series) {
        List<Figure> figures = new ArrayList<>();
        for (String percentile : List.of("p50", "p95", "p99")) {
            String name = what + " " + percentile + ", " + label;
            if (!series.has(key + "." + percentile) || !series.has(key + "-raw." + percentile)) {
                figures.add(Figure.notMeasured(scenario, name, "ms", "every sample failed (see notes)"));
                continue;
            }
            Figure figure = Figure.of(scenario, name, "ms", series.summary(key + "." + percentile))
                    .against(baseline, series.summary(key + "-raw." + percentile));
            if (what.equals("verify-by-id") && percentile.equals("p95")) {
                figure = figure.withTarget(Target.atMost(TARGET_P95_MS, "≤ 50 ms"));
            }
            figures.add(figure);
        }
        return figures;
    }

    private List<Figure> rehash(BenchmarkContext context) throws Exception {
        BenchmarkPlan plan = context.plan();
        long size = plan.largeFileBytes();
        context.progress("verification: storing a %s item to re-hash", BenchmarkPlan.size(size));
        Path file = PseudoRandomBytes.file(context.workDir(), 13, size);
        EvidenceStore store = context.store();
        ScratchBucket scratch = context.scratch();
        try {
            StoredEvidence stored;
            try (InputStream in = IngestScenario.open(file)) {
                stored = store.store(context.ids().next("rehash"), in, BenchmarkContext.MEDIA_TYPE);
            }
            Series series = new Series();
            for (int run = 1; run <= plan.runs(); run++) {
                long verifyNanos = Throughput.time(() -> {
                    EvidenceVerification verification = store.verify(stored.objectKey(), stored.versionId(),
                            stored.sha256(), stored.sm3());
                    if (!verification.intact()) {
                        throw new IllegalStateException("stored item verified " + verification.verdict());
                    }
                });
                series.record("verify", Throughput.megabytesPerSecond(size, verifyNanos));
                series.record("hash", Throughput.megabytesPerSecond(size,
                        Throughput.time(() -> IngestScenario.hashFile(file))));
                series.record("read", Throughput.megabytesPerSecond(size, Throughput.time(() -> {
                    try (InputStream in = scratch.sdk().getObject(GetObjectArgs.builder().bucket(scratch.bucket())
                            .object(stored.objectKey()).versionId(stored.versionId()).build()).get()) {
                        RawDigests.consume(in, null);
                    }
                })));
                context.progress("verification re-hash run %d/%d: %.0f MB/s (raw hash %.0f, raw read %.0f)", run,
                        plan.runs(), series.last("verify"), series.last("hash"), series.last("read"));
            }
            String name = "full re-hash of a stored " + BenchmarkPlan.size(size) + " item (EvidenceStore.verify)";
            return List.of(
                    Figure.of(id(), name, "MB/s", series.summary("verify")).against(Baselines.HASH,
                            series.summary("hash")),
                    Figure.of(id(), name, "MB/s", series.summary("verify")).against(Baselines.GET_OBJECT,
                            series.summary("read")));
        } finally {
            Files.deleteIfExists(file);
            scratch.removeAllUnder(Baselines.STORE_PREFIX);
        }
    }
}
