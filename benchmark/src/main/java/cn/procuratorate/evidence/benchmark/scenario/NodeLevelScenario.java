package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.BenchmarkContext;
import cn.procuratorate.evidence.benchmark.BenchmarkPlan;
import cn.procuratorate.evidence.benchmark.Scenario;
import cn.procuratorate.evidence.benchmark.consortium.CpuAccounting;
import cn.procuratorate.evidence.benchmark.consortium.NodeProcesses;
import cn.procuratorate.evidence.benchmark.data.PseudoRandomBytes;
import cn.procuratorate.evidence.benchmark.data.RawDigests;
import cn.procuratorate.evidence.benchmark.data.ScratchBucket;
import cn.procuratorate.evidence.benchmark.load.ClosedLoop;
import cn.procuratorate.evidence.benchmark.load.LoadRun;
import cn.procuratorate.evidence.benchmark.node.NodeClient;
import cn.procuratorate.evidence.benchmark.node.NodeLifecycle;
import cn.procuratorate.evidence.benchmark.node.ProcStatus;
import cn.procuratorate.evidence.benchmark.report.Figure;
import cn.procuratorate.evidence.benchmark.report.Target;
import cn.procuratorate.evidence.benchmark.stats.Series;
import cn.procuratorate.evidence.benchmark.stats.Summary;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The figures through running agency nodes (web-api), mostly the sender's (police) node: uploads
 * through its HTTP API (multipart; the node hashes, stores in its object-locked bucket and anchors
 * on the ledger before it answers) of one large file, many 1 MiB and many 4 KiB files, each next
 * to a raw MinIO {@code putObject} of the same bytes to the scratch bucket and next to hashing the
 * same bytes (SHA-256 + SM3, one pass) in this JVM; the node's peak RSS (VmHWM) during one large
 * upload; verify-by-id and verify-by-file through the API next to the same checks done through the
 * libraries; and the lead hand-off from the police node to the procuratorate node's intake
 * ({@link NodeHandOff}). Starts the nodes with {@code network/nodes-up} when none runs, and stops
 * them again at the end.
 */
public final class NodeLevelScenario implements Scenario {
    private static final String NODE = BenchmarkContext.SENDER;
    private static final String RECEIVER_NODE = BenchmarkContext.RECEIVER;
    private static final String RAW_PREFIX = "raw-node/";
    private static final String UPLOADER = "officer";
    private static final String VERIFIER = "auditor";
    private static final String REVIEWER = "prosecutor";
    private static final long RSS_SAMPLE_MILLIS = 100;
    /** Seeds of the many-file and lead-evidence uploads start here, above the single files' seeds. */
    private static final long FILE_SEEDS = 100_000;
    private static final int WARM_UP_SMALL_UPLOADS = 128;
    private static final double IDLE_CORES = 0.15;
    private static final Duration IDLE_WINDOW = Duration.ofSeconds(5);
    private static final Duration IDLE_WAIT_MAX = Duration.ofMinutes(15);
    private static final int WARM_UP_VERIFICATIONS = 10;

    @Override
    public String id() {
        return "node";
    }

    @Override
    public String title() {
        return "uploads, peak RSS, verification and lead hand-off through the agency nodes' APIs";
    }

    @Override
    public List<Figure> run(BenchmarkContext context) throws Exception {
        BenchmarkPlan plan = context.plan();
        NodeProcesses before = context.nodes();
        if (before.reason() != null && before.reason().startsWith("node not built")) {
            return notMeasured(plan, before.reason());
        }
        try (NodeLifecycle lifecycle = NodeLifecycle.ensureRunning(context.repoRoot(),
                line -> context.progress("node: %s", line))) {
            Long pid = context.nodes().runningNodes().get(NODE);
            if (pid == null) {
                return notMeasured(plan, "no live " + NODE + " node (network/run/pids/node-" + NODE + ".pid)");
            }
            int port = context.profiles().agency(NODE).requireNode().apiPort();
            HttpClient http = NodeClient.newHttpClient();
            NodeClient officer = new NodeClient(http, port, UPLOADER, UPLOADER + "-pass");
            NodeClient auditor = new NodeClient(http, port, VERIFIER, VERIFIER + "-pass");
            NodeClient prosecutor = new NodeClient(http,
                    context.profiles().agency(RECEIVER_NODE).requireNode().apiPort(), REVIEWER, REVIEWER + "-pass");
            String jvm = ProcStatus.jvmOptions(pid);
            context.progress("node: %s node pid %d (%s), API port %d; nodes %s", NODE, pid, jvm, port,
                    lifecycle.startedHere() ? "started by this run" : "already running");
            long seed = seedBase(context);
            AtomicLong fileSeeds = new AtomicLong(seed + FILE_SEEDS);
            awaitNodesIdle(context);
            warmUp(context, officer, auditor, fileSeeds, seed);
            List<Figure> figures = new ArrayList<>();
            figures.addAll(peakRss(context, officer, pid, jvm, seed + 100));
            figures.addAll(largeFile(context, officer, seed + 200));
            figures.addAll(manyFiles(context, officer, fileSeeds, plan.mediumFiles(), BenchmarkPlan.MEDIUM_FILE_BYTES,
                    plan.ingestConcurrency(), plan.runs()));
            figures.addAll(manyFiles(context, officer, fileSeeds, plan.smallFiles(), BenchmarkPlan.SMALL_FILE_BYTES,
                    plan.nodeSmallFileConcurrency(), plan.nodeSmallFileRuns()));
            figures.addAll(verification(context, officer, auditor, seed + 20_000));
            if (!context.nodes().runningNodes().containsKey(RECEIVER_NODE)) {
                figures.add(Figure.notMeasured(id(), "lead hand-off node to node", "leads/s", "no live "
                        + RECEIVER_NODE + " node (network/run/pids/node-" + RECEIVER_NODE + ".pid)"));
            } else {
                figures.addAll(new NodeHandOff(context, id(), officer, prosecutor,
                        (count, failures) -> leadEvidence(context, officer, fileSeeds, count, failures)).measure());
            }
            long reconnects = officer.reconnects() + auditor.reconnects() + prosecutor.reconnects();
            if (reconnects > 0) {
                context.note(String.format(Locale.ROOT, "node: %d requests found a node not listening (restarted?)"
                        + " and were sent again when it was back; the runs they fell in include that wait",
                        reconnects));
            }
            return figures;
        }
    }

    /** Node uploads stay in the police bucket for good: different bytes every run, or the ledger sees duplicates. */
    private static long seedBase(BenchmarkContext context) {
        return (context.ids().run().hashCode() & 0xffffffffL) << 20;
    }

    private static String caseRef(BenchmarkContext context) {
        return "BENCH-" + context.ids().run();
    }

    /**
     * Waits until the agency nodes have caught up with the ledger. A node that starts, or comes
     * back, reads every block it has not seen; the procuratorate node starts an intake for every
     * lead addressed to it (the {@code hand-off} scenario sends thousands, whose items it then
     * tries to fetch), which measured here took minutes of both cores and halved the first upload
     * figures of a full run. The nodes expose no feed position yet, so "caught up" is read from
     * their CPU: below {@value #IDLE_CORES} cores over {@link #IDLE_WINDOW}.
     */
    private static void awaitNodesIdle(BenchmarkContext context) throws InterruptedException {
        long deadline = System.nanoTime() + IDLE_WAIT_MAX.toNanos();
        CpuAccounting.Snapshot before = context.cpu().snapshot();
        while (System.nanoTime() < deadline) {
            Thread.sleep(IDLE_WINDOW.toMillis());
            CpuAccounting.Snapshot now = context.cpu().snapshot();
            double cores = now.since(before).cpuSeconds().entrySet().stream()
                    .filter(process -> process.getKey().startsWith("node-"))
                    .mapToDouble(Map.Entry::getValue).sum() / IDLE_WINDOW.toSeconds();
            if (cores < IDLE_CORES) {
                return;
            }
            context.progress("node: the nodes are still busy (%.2f cores), catching up with the ledger", cores);
            before = now;
        }
        context.note("node: the nodes were still busy after " + IDLE_WAIT_MAX.toMinutes()
                + " minutes of waiting for them to catch up with the ledger; the node rows include that work");
    }

    /**
     * Not measured: the node's JIT, connections and first requests. A node is a long-running
     * server; measured on this machine, a freshly started node spends minutes of CPU in its JIT
     * compiler threads (Camunda, H2, gRPC and Spring code paths) and a lead costs it ~4× the CPU
     * of a warm one, so each kind of request is sent in volume before anything is timed.
     */
    private void warmUp(BenchmarkContext context, NodeClient officer, NodeClient auditor, AtomicLong seeds, long seed)
            throws Exception {
        context.progress("node: warming up (large and small uploads, verifications)");
        byte[] content = PseudoRandomBytes.bytes(seed, 8 << 20);
        upload(context, officer, content, "warm-up");
        Path file = PseudoRandomBytes.file(context.workDir(), seed + 1, 8 << 20);
        try {
            officer.uploadBody(caseRef(context), "benchmark warm-up", "warm-up.pdf", BenchmarkContext.MEDIA_TYPE, file)
                    .expect(201, 202);
        } finally {
            Files.deleteIfExists(file);
        }
        rawPut(context.scratch(), RAW_PREFIX + "warm-up", content);
        context.scratch().removeAllUnder(RAW_PREFIX);
        List<String> failures = new ArrayList<>();
        List<String> small = leadEvidence(context, officer, seeds, WARM_UP_SMALL_UPLOADS, failures);
        for (String evidenceId : small.subList(0, Math.min(WARM_UP_VERIFICATIONS, small.size()))) {
            auditor.verify(evidenceId).expect(200);
        }
        if (!failures.isEmpty()) {
            context.note("node warm-up: " + String.join("; ", failures));
        }
    }

    private List<Figure> peakRss(BenchmarkContext context, NodeClient officer, long pid, String jvm, long seed)
            throws Exception {
        long size = context.plan().nodeRssUploadBytes();
        String label = BenchmarkPlan.size(size);
        context.progress("node: writing a %s test file for the peak RSS upload", label);
        Path file = PseudoRandomBytes.file(context.workDir(), seed, size);
        try {
            long rssBefore = ProcStatus.readKib(pid, "VmRSS");
            long hwmBefore = ProcStatus.readKib(pid, "VmHWM");
            boolean reset = ProcStatus.resetPeakRss(pid);
            AtomicLong sampledMax = new AtomicLong(-1);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    sampledMax.accumulateAndGet(ProcStatus.readKib(pid, "VmRSS"), Math::max);
                    try {
                        Thread.sleep(RSS_SAMPLE_MILLIS);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "node-rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long nanos;
            try {
                nanos = Throughput.time(() -> upload(context, officer, file, "peak-rss"));
            } finally {
                sampler.interrupt();
                sampler.join();
            }
            long hwm = ProcStatus.readKib(pid, "VmHWM");
            double rate = Throughput.megabytesPerSecond(size, nanos);
            context.progress("node: %s upload at %.0f MB/s, VmHWM %d MiB (before: RSS %d MiB, VmHWM %d MiB, reset %s)",
                    label, rate, hwm >> 10, rssBefore >> 10, hwmBefore >> 10, reset ? "yes" : "refused");
            String note = String.format(Locale.ROOT,
                    "one upload of %s through the API at %.0f MB/s; node JVM %s; %s; RSS before the upload %d MiB,"
                            + " highest VmRSS sampled every %d ms %d MiB",
                    label, rate, jvm,
                    reset ? "VmHWM reset to the current RSS just before (clear_refs 5)"
                            : "VmHWM could not be reset: peak since the node started (" + (hwmBefore >> 10)
                                    + " MiB before the upload)",
                    rssBefore >> 10, RSS_SAMPLE_MILLIS, sampledMax.get() >> 10);
            if (hwm < 0) {
                return List.of(Figure.notMeasured(id(), "node peak RSS (VmHWM) during a " + label + " upload", "MiB",
                        "/proc/" + pid + "/status not readable"));
            }
            return List.of(
                    Figure.of(id(), "node peak RSS (VmHWM) during a " + label + " upload", "MiB",
                            Summary.of(hwm / 1024.0)).withNote(note),
                    Figure.of(id(), "upload API rate of that " + label + " upload", "MB/s", Summary.of(rate)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private List<Figure> largeFile(BenchmarkContext context, NodeClient officer, long seed) throws Exception {
        BenchmarkPlan plan = context.plan();
        long size = plan.nodeUploadBytes();
        String label = "one " + BenchmarkPlan.size(size) + " file";
        context.progress("node: writing a %s test file", BenchmarkPlan.size(size));
        ScratchBucket scratch = context.scratch();
        Series series = new Series();
        CpuProfile cpu = new CpuProfile(context.cpu());
        Path file = null;
        try {
            for (int run = 1; run <= plan.runs(); run++) {
                // New bytes every run: the node's bucket keeps every upload, the ledger every hash.
                if (file != null) {
                    Files.deleteIfExists(file);
                }
                file = PseudoRandomBytes.file(context.workDir(), seed + run, size);
                Path current = file;
                // The raw hashing baseline, timed; its digests check the node's.
                String[][] expected = new String[1][];
                series.record("hash", Throughput.megabytesPerSecond(size,
                        Throughput.time(() -> expected[0] = IngestScenario.hashFile(current))));
                String[] digests = expected[0];
                // The three paths take turns at going first, so that none always meets a warmer cache.
                for (int turn = 0; turn < 3; turn++) {
                    int path = (turn + run) % 3;
                    if (path == 0 || path == 1) {
                        boolean form = path == 0;
                        NodeClient.Reply[] reply = new NodeClient.Reply[1];
                        long nanos = cpu.measure(form ? "node upload" : "node upload, raw body", 1,
                                () -> Throughput.time(() -> reply[0] = form
                                        ? upload(context, officer, current, "large")
                                        : officer.uploadBody(caseRef(context), "benchmark large", "large.pdf",
                                                BenchmarkContext.MEDIA_TYPE, current).expect(201, 202)));
                        if (!reply[0].text("sha256").equals(digests[0]) || !reply[0].text("sm3").equals(digests[1])) {
                            context.note("node: the node's digests of the " + label + " differ from raw hashing");
                        }
                        series.record(form ? "node" : "node-body", Throughput.megabytesPerSecond(size, nanos));
                    } else {
                        long nanos = cpu.measure("putObject", 1, () -> Throughput.time(() -> {
                            try (InputStream in = IngestScenario.open(current)) {
                                scratch.sdk().putObject(PutObjectArgs.builder().bucket(scratch.bucket())
                                        .object(RAW_PREFIX + "large").stream(in, size, -1)
                                        .contentType(BenchmarkContext.MEDIA_TYPE).build()).get();
                            }
                        }));
                        series.record("put", Throughput.megabytesPerSecond(size, nanos));
                    }
                }
                scratch.removeAllUnder(RAW_PREFIX);
                context.progress("node %s run %d/%d: upload API %.0f MB/s (raw body %.0f), putObject %.0f MB/s,"
                        + " hashing %.0f MB/s", label, run, plan.runs(), series.last("node"), series.last("node-body"),
                        series.last("put"), series.last("hash"));
            }
        } finally {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
        String name = "upload API (HTTP multipart, store + anchor), " + label;
        String bodyName = "upload API (file as the whole body, store + anchor), " + label;
        return List.of(Figure.of(id(), name, "MB/s", series.summary("node"))
                        .against(Baselines.PUT_OBJECT, series.summary("put"))
                        .withTarget(Target.ratioAtLeast(0.8, "≥ 0.8× raw putObject"))
                        .withNote(cpu.describe(List.of("node upload", "node upload, raw body", "putObject"), "file")),
                Figure.of(id(), name, "MB/s", series.summary("node"))
                        .against(Baselines.HASH, series.summary("hash")),
                Figure.of(id(), bodyName, "MB/s", series.summary("node-body"))
                        .against(Baselines.PUT_OBJECT, series.summary("put"))
                        .withTarget(Target.ratioAtLeast(0.8, "≥ 0.8× raw putObject")));
    }

    /**
     * Many files of one size through the API at {@code concurrency} client threads, each upload
     * answered once anchored (201) or stored with anchoring pending (202, counted in the note);
     * next to putObject of the same bytes and one-pass hashing of them at the same threads.
     */
    private List<Figure> manyFiles(BenchmarkContext context, NodeClient officer, AtomicLong seeds, int count, int size,
            int concurrency, int runs) throws Exception {
        BenchmarkPlan plan = context.plan();
        String label = String.format(Locale.ROOT, "%,d × %s, %d client threads", count, BenchmarkPlan.size(size),
                concurrency);
        ScratchBucket scratch = context.scratch();
        Series series = new Series();
        List<String> failures = new ArrayList<>();
        CpuProfile cpu = new CpuProfile(context.cpu());
        AtomicInteger pending = new AtomicInteger();
        String kind = BenchmarkPlan.size(size).replace(" ", "");
        for (int run = 1; run <= runs; run++) {
            byte[][] files = new byte[count][];
            for (int i = 0; i < count; i++) {
                files[i] = PseudoRandomBytes.bytes(seeds.getAndIncrement(), size);
            }
            boolean nodeFirst = run % 2 == 0;
            for (int turn = 0; turn < 2; turn++) {
                if ((turn == 0) == nodeFirst) {
                    LoadRun uploaded = cpu.measure("node upload", count, () -> ClosedLoop.run("node-upload", count,
                            concurrency, i -> {
                                if (upload(context, officer, files[i], kind).status() == 202) {
                                    pending.incrementAndGet();
                                }
                            }));
                    series.record("node", uploaded.throughputPerSecond());
                    if (uploaded.failures() > 0) {
                        failures.add("node upload: " + uploaded.describeFailures());
                    }
                } else {
                    String prefix = RAW_PREFIX + run + "/";
                    LoadRun put = cpu.measure("putObject", count, () -> ClosedLoop.run("node-put", count, concurrency,
                            i -> rawPut(scratch, prefix + i, files[i])));
                    series.record("put", put.throughputPerSecond());
                    if (put.failures() > 0) {
                        failures.add("putObject: " + put.describeFailures());
                    }
                }
            }
            LoadRun hashed = ClosedLoop.run("node-hash", count, concurrency, i -> RawDigests.of(files[i]));
            series.record("hash", hashed.throughputPerSecond());
            scratch.removeAllUnder(RAW_PREFIX);
            context.progress("node %s run %d/%d: upload API %.1f files/s, putObject %.0f files/s, hashing %.0f files/s",
                    label, run, runs, series.last("node"), series.last("put"), series.last("hash"));
        }
        String note = cpu.describe(List.of("node upload", "putObject"), "file");
        if (pending.get() > 0) {
            note = pending.get() + " uploads answered 202 (stored, anchoring still pending when the node answered); "
                    + note;
        }
        if (runs < plan.runs()) {
            note = String.format(Locale.ROOT, "%d runs, not %d: every run uploads %,d new items through the node; %s",
                    runs, plan.runs(), count, note);
        }
        if (!failures.isEmpty()) {
            context.note("node " + label + ": " + String.join("; ", failures));
            note = String.join("; ", failures) + "; " + note;
        }
        String name = "upload API (HTTP multipart, store + anchor), " + label;
        return List.of(
                Figure.of(id(), name, "files/s", series.summary("node"))
                        .against(Baselines.PUT_OBJECT, series.summary("put")).withNote(note),
                Figure.of(id(), name, "files/s", series.summary("node"))
                        .against(Baselines.HASH_PER_FILE + ", " + concurrency + " client threads",
                                series.summary("hash")));
    }

    /**
     * New 4 KiB items of the officer's for leads, uploaded through the node at the small files'
     * concurrency; an item answered 202 is waited for until anchored (a lead needs it on the ledger).
     */
    private static List<String> leadEvidence(BenchmarkContext context, NodeClient officer, AtomicLong seeds, int count,
            List<String> failures) throws InterruptedException {
        String[] ids = new String[count];
        boolean[] pending = new boolean[count];
        LoadRun uploaded = ClosedLoop.run("lead-evidence", count, context.plan().nodeSmallFileConcurrency(), i -> {
            byte[] content = PseudoRandomBytes.bytes(seeds.getAndIncrement(), BenchmarkPlan.SMALL_FILE_BYTES);
            NodeClient.Reply reply = upload(context, officer, content, "lead");
            ids[i] = reply.text("evidenceId");
            pending[i] = reply.status() == 202;
        });
        if (uploaded.failures() > 0) {
            failures.add("uploading the leads' items: " + uploaded.describeFailures());
        }
        List<String> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            if (ids[i] == null) {
                continue;
            }
            if (pending[i]) {
                awaitAnchored(officer, ids[i]);
            }
            items.add(ids[i]);
        }
        return items;
    }

    private List<Figure> verification(BenchmarkContext context, NodeClient officer, NodeClient auditor, long seed)
            throws Exception {
        BenchmarkPlan plan = context.plan();
        byte[] content = PseudoRandomBytes.bytes(seed, VerifiableItem.SIZE);
        String evidenceId = upload(context, officer, content, "verify").text("evidenceId");
        awaitAnchored(officer, evidenceId);
        VerifiableItem raw = VerifiableItem.create(context, seed + 1);
        int samples = plan.nodeVerificationSamples();
        LatencySampler.Sample byId = () -> {
            NodeClient.Reply reply = auditor.verify(evidenceId).expect(200);
            if (!"INTACT".equals(reply.text("verdict"))) {
                throw new IllegalStateException(evidenceId + " verified " + reply.text("verdict"));
            }
        };
        LatencySampler.Sample byFile = () -> {
            NodeClient.Reply reply = auditor.verifyFile("check.pdf", BenchmarkContext.MEDIA_TYPE, content).expect(200);
            if (!"REGISTERED".equals(reply.text("verdict"))) {
                throw new IllegalStateException("file of " + evidenceId + " verified " + reply.text("verdict"));
            }
        };
        Series series = new Series();
        List<String> failures = new ArrayList<>();
        LatencySampler.sample(new Series(), "warmup", 1, 5, byId, raw::verifyById, failures);
        LatencySampler.sample(new Series(), "warmup", 1, 5, byFile, raw::verifyByFile, failures);
        failures.clear();
        for (int run = 1; run <= plan.runs(); run++) {
            LatencySampler.sample(series, "by-id", run, samples, byId, raw::verifyById, failures);
            LatencySampler.sample(series, "by-file", run, samples, byFile, raw::verifyByFile, failures);
            context.progress("node verification run %d/%d: by-id p95 %.1f ms (library %.1f), by-file p95 %.1f ms"
                    + " (library %.1f)", run, plan.runs(), series.last("by-id.p95"), series.last("by-id-raw.p95"),
                    series.last("by-file.p95"), series.last("by-file-raw.p95"));
        }
        if (!failures.isEmpty()) {
            context.note("node verification: " + String.join("; ", failures));
        }
        String label = "1 MiB, " + samples + " sequential samples/run";
        List<Figure> figures = new ArrayList<>();
        figures.addAll(VerificationScenario.percentiles(id(), "verify-by-id through the API (auditor)", label, "by-id",
                "library: ledger getEvidence + EvidenceStore.verify (no VERIFIED record)", series));
        figures.addAll(VerificationScenario.percentiles(id(), "verify-by-file through the API (auditor)", label,
                "by-file", "library: hash 1 MiB + findBySha256 + findBySm3", series));
        return figures;
    }

    /** Uploads through the node's API; the node's reply (201 anchored, 202 pending). */
    private static NodeClient.Reply upload(BenchmarkContext context, NodeClient officer, Path file, String kind) {
        return officer.upload(caseRef(context), "benchmark " + kind, kind + ".pdf", BenchmarkContext.MEDIA_TYPE, file)
                .expect(201, 202);
    }

    private static NodeClient.Reply upload(BenchmarkContext context, NodeClient officer, byte[] content,
            String kind) {
        return officer.upload(caseRef(context), "benchmark " + kind, kind + ".pdf", BenchmarkContext.MEDIA_TYPE,
                content).expect(201, 202);
    }

    private static void awaitAnchored(NodeClient officer, String evidenceId) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            NodeClient.Reply reply = officer.get("/api/evidence/" + evidenceId).expect(200);
            if (reply.body().toString().contains("\"ANCHORED\"")) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(evidenceId + " not anchored within 60 s");
    }

    private static void rawPut(ScratchBucket scratch, String key, byte[] content) throws Exception {
        scratch.sdk().putObject(PutObjectArgs.builder().bucket(scratch.bucket()).object(key)
                .stream(new ByteArrayInputStream(content), content.length, -1)
                .contentType(BenchmarkContext.MEDIA_TYPE).build()).get();
    }

    private List<Figure> notMeasured(BenchmarkPlan plan, String reason) {
        return List.of(
                Figure.notMeasured(id(), "upload API, one " + BenchmarkPlan.size(plan.nodeUploadBytes()) + " file",
                        "MB/s", reason),
                Figure.notMeasured(id(), String.format(Locale.ROOT, "upload API, %,d × 1 MiB", plan.mediumFiles()),
                        "files/s", reason),
                Figure.notMeasured(id(), String.format(Locale.ROOT, "upload API, %,d × 4 KiB", plan.smallFiles()),
                        "files/s", reason),
                Figure.notMeasured(id(), "node peak RSS (VmHWM) during a "
                        + BenchmarkPlan.size(plan.nodeRssUploadBytes()) + " upload", "MiB", reason),
                Figure.notMeasured(id(), "verify-by-id through the API p95", "ms", reason),
                Figure.notMeasured(id(), "verify-by-file through the API p95", "ms", reason),
                Figure.notMeasured(id(), "lead hand-off node to node", "leads/s", reason));
    }
}
