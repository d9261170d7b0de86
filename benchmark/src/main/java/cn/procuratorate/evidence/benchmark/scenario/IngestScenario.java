package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.BenchmarkContext;
import cn.procuratorate.evidence.benchmark.BenchmarkPlan;
import cn.procuratorate.evidence.benchmark.Scenario;
import cn.procuratorate.evidence.benchmark.data.PseudoRandomBytes;
import cn.procuratorate.evidence.benchmark.data.RawDigests;
import cn.procuratorate.evidence.benchmark.data.ScratchBucket;
import cn.procuratorate.evidence.benchmark.load.ClosedLoop;
import cn.procuratorate.evidence.benchmark.load.LoadRun;
import cn.procuratorate.evidence.benchmark.report.Figure;
import cn.procuratorate.evidence.benchmark.report.Target;
import cn.procuratorate.evidence.benchmark.stats.Series;
import cn.procuratorate.evidence.store.EvidenceStore;
import cn.procuratorate.evidence.store.StoredEvidence;
import io.minio.PutObjectArgs;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ingest through {@link EvidenceStore#store} (stream to MinIO, SHA-256 and SM3 on the way, plus
 * the store's duplicate check and size check) next to a raw MinIO SDK {@code putObject} of the
 * same bytes to the same MinIO, and next to hashing the same bytes in the JVM. One large file,
 * then many 1 MiB and many 4 KiB files at a fixed client concurrency. Everything goes to the
 * scratch bucket and is removed after each run.
 */
public final class IngestScenario implements Scenario {
    private static final String RAW_PREFIX = "raw/";
    private static final int COPY_BUFFER = 64 * 1024;

    @Override
    public String id() {
        return "ingest";
    }

    @Override
    public String title() {
        return "EvidenceStore.store vs raw putObject and raw hashing";
    }

    @Override
    public List<Figure> run(BenchmarkContext context) throws Exception {
        List<Figure> figures = new ArrayList<>();
        figures.addAll(largeFile(context));
        figures.addAll(manyFiles(context, context.plan().mediumFiles(), BenchmarkPlan.MEDIUM_FILE_BYTES));
        figures.addAll(manyFiles(context, context.plan().smallFiles(), BenchmarkPlan.SMALL_FILE_BYTES));
        return figures;
    }

    private List<Figure> largeFile(BenchmarkContext context) throws Exception {
        BenchmarkPlan plan = context.plan();
        long size = plan.largeFileBytes();
        String label = "one " + BenchmarkPlan.size(size) + " file";
        context.progress("ingest: writing a %s test file", BenchmarkPlan.size(size));
        Path file = PseudoRandomBytes.file(context.workDir(), 7, size);
        ScratchBucket scratch = context.scratch();
        EvidenceStore store = context.store();
        try {
            String[] expected = hashFile(file);
            warmUp(context, scratch, store);
            Series series = new Series();
            CpuProfile cpu = new CpuProfile(context.cpu());
            for (int run = 1; run <= plan.runs(); run++) {
                // Alternate who goes first, so that neither always meets a freshly flushed MinIO.
                boolean storeFirst = run % 2 == 0;
                for (int turn = 0; turn < 2; turn++) {
                    if ((turn == 0) == storeFirst) {
                        StoredEvidence[] stored = new StoredEvidence[1];
                        long nanos = cpu.measure("store", 1, () -> Throughput.time(() -> {
                            try (InputStream in = open(file)) {
                                stored[0] = store.store(context.ids().next("ingest"), in, BenchmarkContext.MEDIA_TYPE);
                            }
                        }));
                        if (!stored[0].sha256().equals(expected[0]) || !stored[0].sm3().equals(expected[1])) {
                            context.note("ingest: the store's digests of the " + label + " differ from raw hashing");
                        }
                        series.record("store", Throughput.megabytesPerSecond(size, nanos));
                    } else {
                        long nanos = cpu.measure("putObject", 1,
                                () -> Throughput.time(() -> rawPut(scratch, RAW_PREFIX + "large", file, size)));
                        series.record("put", Throughput.megabytesPerSecond(size, nanos));
                    }
                }
                series.record("hash", Throughput.megabytesPerSecond(size, Throughput.time(() -> hashFile(file))));
                scratch.removeAllUnder(Baselines.STORE_PREFIX);
                scratch.removeAllUnder(RAW_PREFIX);
                context.progress("ingest %s run %d/%d: store %.0f MB/s, putObject %.0f MB/s", label, run, plan.runs(),
                        series.last("store"), series.last("put"));
            }
            String name = "store, " + label;
            return List.of(
                    Figure.of(id(), name, "MB/s", series.summary("store"))
                            .against(Baselines.PUT_OBJECT, series.summary("put"))
                            .withTarget(Target.ratioAtLeast(0.8, "≥ 0.8× raw putObject"))
                            .withNote(cpu.describe(List.of("store", "putObject"), "file")),
                    Figure.of(id(), name, "MB/s", series.summary("store"))
                            .against(Baselines.HASH, series.summary("hash")));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private List<Figure> manyFiles(BenchmarkContext context, int count, int size) throws Exception {
        BenchmarkPlan plan = context.plan();
        int concurrency = plan.ingestConcurrency();
        String label = String.format(Locale.ROOT, "%,d × %s", count, BenchmarkPlan.size(size));
        byte[][] files = new byte[count][];
        for (int i = 0; i < count; i++) {
            files[i] = PseudoRandomBytes.bytes(1000L + i, size);
        }
        ScratchBucket scratch = context.scratch();
        EvidenceStore store = context.store();
        Series series = new Series();
        List<String> failures = new ArrayList<>();
        CpuProfile cpu = new CpuProfile(context.cpu());
        for (int run = 1; run <= plan.runs(); run++) {
            String rawPrefix = RAW_PREFIX + run + "/";
            boolean storeFirst = run % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == storeFirst) {
                    LoadRun stored = cpu.measure("store", count, () -> ClosedLoop.run("ingest-store", count,
                            concurrency, i -> store.store(context.ids().next("ingest"),
                                    new ByteArrayInputStream(files[i]), BenchmarkContext.MEDIA_TYPE)));
                    series.record("store", stored.throughputPerSecond());
                    collect(failures, "store", stored);
                } else {
                    LoadRun put = cpu.measure("putObject", count, () -> ClosedLoop.run("ingest-put", count,
                            concurrency, i -> rawPut(scratch, rawPrefix + i, files[i])));
                    series.record("put", put.throughputPerSecond());
                    collect(failures, "putObject", put);
                }
            }
            LoadRun hashed = ClosedLoop.run("ingest-hash", count, concurrency, i -> RawDigests.of(files[i]));
            series.record("hash", hashed.throughputPerSecond());
            scratch.removeAllUnder(Baselines.STORE_PREFIX);
            scratch.removeAllUnder(RAW_PREFIX);
            context.progress("ingest %s run %d/%d: store %.0f files/s, putObject %.0f files/s", label, run,
                    plan.runs(), series.last("store"), series.last("put"));
        }
        String name = "store, " + label + ", " + concurrency + " client threads";
        Figure vsPut = Figure.of(id(), name, "files/s", series.summary("store"))
                .against(Baselines.PUT_OBJECT, series.summary("put"));
        String profile = cpu.describe(List.of("store", "putObject"), "file");
        Figure vsHash = Figure.of(id(), name, "files/s", series.summary("store"))
                .against(Baselines.HASH_PER_FILE + ", " + concurrency + " client threads", series.summary("hash"));
        if (!failures.isEmpty()) {
            String note = String.join("; ", failures);
            context.note("ingest " + label + ": " + note);
            profile = note + "; " + profile;
        }
        vsPut = vsPut.withNote(profile);
        return List.of(vsPut, vsHash);
    }

    private static void collect(List<String> failures, String what, LoadRun run) {
        if (run.failures() > 0) {
            failures.add(what + ": " + run.describeFailures());
        }
    }

    /** Warms the JIT and the connections on both paths with 32 MiB each; not measured. */
    private void warmUp(BenchmarkContext context, ScratchBucket scratch, EvidenceStore store) throws Exception {
        long size = 32L << 20;
        store.store(context.ids().next("warmup"), PseudoRandomBytes.stream(1, size), BenchmarkContext.MEDIA_TYPE);
        scratch.sdk().putObject(PutObjectArgs.builder().bucket(scratch.bucket()).object(RAW_PREFIX + "warm-up")
                .stream(PseudoRandomBytes.stream(1, size), size, -1).contentType(BenchmarkContext.MEDIA_TYPE)
                .build()).get();
        hashStream(PseudoRandomBytes.stream(1, size));
        scratch.removeAllUnder(Baselines.STORE_PREFIX);
        scratch.removeAllUnder(RAW_PREFIX);
    }

    /** The SDK's putObject with the length known, as a user with a file would call it. */
    private static void rawPut(ScratchBucket scratch, String key, Path file, long size) throws Exception {
        try (InputStream in = open(file)) {
            scratch.sdk().putObject(PutObjectArgs.builder().bucket(scratch.bucket()).object(key)
                    .stream(in, size, -1).contentType(BenchmarkContext.MEDIA_TYPE).build()).get();
        }
    }

    private static void rawPut(ScratchBucket scratch, String key, byte[] content) throws Exception {
        scratch.sdk().putObject(PutObjectArgs.builder().bucket(scratch.bucket()).object(key)
                .stream(new ByteArrayInputStream(content), content.length, -1)
                .contentType(BenchmarkContext.MEDIA_TYPE).build()).get();
    }

    static String[] hashFile(Path file) throws Exception {
        try (InputStream in = open(file)) {
            return hashStream(in);
        }
    }

    private static String[] hashStream(InputStream in) throws Exception {
        RawDigests digests = new RawDigests();
        RawDigests.consume(in, digests);
        return digests.finish();
    }

    static InputStream open(Path file) throws Exception {
        return new BufferedInputStream(Files.newInputStream(file), COPY_BUFFER);
    }
}
