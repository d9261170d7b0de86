package cn.procuratorate.evidence.benchmark;

import cn.procuratorate.evidence.benchmark.consortium.CpuAccounting;
import cn.procuratorate.evidence.benchmark.consortium.NodeProcesses;
import cn.procuratorate.evidence.benchmark.data.BenchIds;
import cn.procuratorate.evidence.benchmark.data.RootCredentials;
import cn.procuratorate.evidence.benchmark.data.ScratchBucket;
import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.profile.ConnectionProfile;
import cn.procuratorate.evidence.ledger.profile.ProfileDirectory;
import cn.procuratorate.evidence.store.EvidenceStore;
import cn.procuratorate.evidence.store.EvidenceStoreSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the scenarios share: the plan, the two agencies' ledger connections (sender and
 * receiver), the scratch bucket and an evidence store on it, a work directory for generated
 * files, unique ids, and the notes that go into the report. Connections and the bucket are opened
 * on first use, so that a scenario that needs none of them runs without them.
 */
public final class BenchmarkContext implements AutoCloseable {
    /** Registers evidence and sends leads. */
    public static final String SENDER = "police";
    /** Receives the leads. */
    public static final String RECEIVER = "procuratorate";
    public static final String MEDIA_TYPE = "application/pdf";
    public static final String USER = "bench-officer";

    private final BenchmarkPlan plan;
    private final Path repoRoot;
    private final ProfileDirectory profiles;
    private final BenchIds ids = BenchIds.forThisRun();
    private final Path workDir;
    private final PrintStream progress;
    private final List<String> notes = new ArrayList<>();
    private final EvidenceStoreSettings storeSettings = EvidenceStoreSettings.defaults();
    private final CpuAccounting cpu;
    private LedgerConnection sender;
    private LedgerConnection receiver;
    private ScratchBucket scratch;
    private EvidenceStore store;

    public BenchmarkContext(BenchmarkPlan plan, Path repoRoot, ProfileDirectory profiles, PrintStream progress)
            throws IOException {
        this.plan = plan;
        this.repoRoot = repoRoot;
        this.profiles = profiles;
        this.progress = progress;
        this.workDir = Files.createTempDirectory("evidence-benchmark-");
        this.cpu = new CpuAccounting(repoRoot);
    }

    /** CPU time of the consortium's processes and of this JVM, for profiles of a measurement. */
    public CpuAccounting cpu() {
        return cpu;
    }

    public BenchmarkPlan plan() {
        return plan;
    }

    public Path repoRoot() {
        return repoRoot;
    }

    public ProfileDirectory profiles() {
        return profiles;
    }

    public BenchIds ids() {
        return ids;
    }

    public Path workDir() {
        return workDir;
    }

    public EvidenceStoreSettings storeSettings() {
        return storeSettings;
    }

    public ConnectionProfile senderProfile() {
        return profiles.agency(SENDER);
    }

    public ConnectionProfile receiverProfile() {
        return profiles.agency(RECEIVER);
    }

    public synchronized LedgerConnection sender() {
        if (sender == null) {
            sender = LedgerConnection.open(senderProfile());
        }
        return sender;
    }

    public synchronized LedgerConnection receiver() {
        if (receiver == null) {
            receiver = LedgerConnection.open(receiverProfile());
        }
        return receiver;
    }

    /** The bucket every benchmark byte goes to; needs the MinIO root credentials. */
    public synchronized ScratchBucket scratch() throws Exception {
        if (scratch == null) {
            ConnectionProfile.S3 s3 = senderProfile().requireS3();
            Path rootEnv = profiles.path().resolveSibling("minio").resolve("root.env");
            scratch = ScratchBucket.open(s3.endpoint().toString(), s3.region(), RootCredentials.read(rootEnv),
                    scratchBucketName());
        }
        return scratch;
    }

    public String scratchBucketName() {
        return ScratchBucket.NAME_PREFIX + ids.run();
    }

    /** The evidence store, with the node's default settings, on the scratch bucket. */
    public synchronized EvidenceStore store() throws Exception {
        if (store == null) {
            store = EvidenceStore.connect(scratch().location(), storeSettings);
        }
        return store;
    }

    public NodeProcesses nodes() {
        return NodeProcesses.detect(repoRoot);
    }

    /** A progress line on stderr (results go to stdout). */
    public void progress(String format, Object... args) {
        progress.printf(Locale.ROOT, "[benchmark] " + format + "%n", args);
    }

    /** A remark for the report (failures, things a reader must know). */
    public synchronized void note(String text) {
        notes.add(text);
        progress("note: %s", text);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
        if (scratch != null) {
            try {
                scratch.close();
            } catch (Exception e) {
                progress("could not empty and remove the scratch bucket %s: %s", scratchBucketName(), e);
            }
        }
        if (receiver != null) {
            receiver.close();
        }
        if (sender != null) {
            sender.close();
        }
        try (Stream<Path> files = Files.walk(workDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            progress("could not remove %s: %s", workDir, e);
        }
    }
}
