package cn.procuratorate.evidence.benchmark.scenario;

import cn.procuratorate.evidence.benchmark.BenchmarkContext;
import cn.procuratorate.evidence.benchmark.data.PseudoRandomBytes;
import cn.procuratorate.evidence.benchmark.data.RawDigests;
import cn.procuratorate.evidence.benchmark.data.ScratchBucket;
import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.ledger.model.EvidenceRegistration;
import cn.procuratorate.evidence.store.EvidenceStore;
import cn.procuratorate.evidence.store.EvidenceVerification;
import cn.procuratorate.evidence.store.StoredEvidence;
import cn.procuratorate.evidence.store.digest.EvidenceDigests;
import io.minio.GetObjectArgs;
import io.minio.PutObjectArgs;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

/**
 * One 1 MiB evidence item as a node holds it: stored through the evidence store, anchored on the
 * ledger with its digests; plus a raw copy of the same bytes and a probe key for the baselines.
 * Verifying it is what a node does for "verify this id" and "verify this file".
 */
final class VerifiableItem {
    static final int SIZE = 1 << 20;
    private static final String RAW_KEY = "raw/verifiable-1mib";

    private final BenchmarkContext context;
    private final byte[] content;
    private final StoredEvidence stored;
    private final String evidenceId;
    private final String probeKey;
    private final String rawVersion;

    private VerifiableItem(BenchmarkContext context, byte[] content, String evidenceId, StoredEvidence stored,
            String probeKey, String rawVersion) {
        this.context = context;
        this.content = content;
        this.evidenceId = evidenceId;
        this.stored = stored;
        this.probeKey = probeKey;
        this.rawVersion = rawVersion;
    }

    static VerifiableItem create(BenchmarkContext context, long seed) throws Exception {
        byte[] content = PseudoRandomBytes.bytes(seed, SIZE);
        String evidenceId = context.ids().next("verify");
        StoredEvidence stored = context.store().store(evidenceId, new ByteArrayInputStream(content),
                BenchmarkContext.MEDIA_TYPE);
        context.sender().evidence().register(new EvidenceRegistration(evidenceId, stored.sha256(), stored.sm3(),
                stored.size(), stored.mediaType(), "", BenchmarkContext.USER, ""));
        ScratchBucket scratch = context.scratch();
        String rawVersion = scratch.sdk().putObject(PutObjectArgs.builder().bucket(scratch.bucket())
                .object(RAW_KEY + "-" + evidenceId).stream(new ByteArrayInputStream(content), SIZE, -1)
                .contentType(BenchmarkContext.MEDIA_TYPE).build()).get().versionId();
        String probeKey = "bench-probe-" + context.ids().run() + "-verify";
        context.sender().probe().write(probeKey, stored.sha256());
        return new VerifiableItem(context, content, evidenceId, stored, probeKey, rawVersion);
    }

    /** Ledger look-up of the id, then the stored version re-hashed against the ledger's digests. */
    void verifyById() throws Exception {
        LedgerConnection ledger = context.sender();
        EvidenceStore store = context.store();
        Evidence evidence = ledger.evidence().get(evidenceId)
                .orElseThrow(() -> new IllegalStateException(evidenceId + " is not on the ledger"));
        EvidenceVerification verification = store.verify(stored.objectKey(), stored.versionId(), evidence.sha256(),
                evidence.sm3());
        if (!verification.intact()) {
            throw new IllegalStateException(evidenceId + " verified " + verification.verdict());
        }
    }

    /** The same work without the application: one ledger read, one object read, one hash. */
    void rawVerifyById() throws Exception {
        context.sender().probe().read(probeKey);
        ScratchBucket scratch = context.scratch();
        try (InputStream in = scratch.sdk().getObject(GetObjectArgs.builder().bucket(scratch.bucket())
                .object(RAW_KEY + "-" + evidenceId).versionId(rawVersion).build()).get()) {
            RawDigests digests = new RawDigests();
            RawDigests.consume(in, digests);
            digests.finish();
        }
    }

    /** Hashes the file as a node does, then finds the ledger's records by either digest. */
    void verifyByFile() throws Exception {
        EvidenceDigests digests = EvidenceDigests.of(new ByteArrayInputStream(content));
        List<Evidence> bySha = context.sender().evidence().findBySha256(digests.sha256());
        List<Evidence> bySm3 = context.sender().evidence().findBySm3(digests.sm3());
        if (bySha.stream().noneMatch(e -> e.evidenceId().equals(evidenceId))
                || bySm3.stream().noneMatch(e -> e.evidenceId().equals(evidenceId))) {
            throw new IllegalStateException(evidenceId + " not found by its digests");
        }
    }

    /** The same work without the application: one single-pass hash, two ledger reads. */
    void rawVerifyByFile() {
        RawDigests.of(content);
        context.sender().probe().read(probeKey);
        context.sender().probe().read(probeKey);
    }
}
