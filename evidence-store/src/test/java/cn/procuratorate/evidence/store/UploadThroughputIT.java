package cn.procuratorate.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.store.digest.EvidenceDigests;
import cn.procuratorate.evidence.store.testsupport.GeneratedContent;
import cn.procuratorate.evidence.store.testsupport.IndependentDigests;
import cn.procuratorate.evidence.store.testsupport.ItEnvironment;
import cn.procuratorate.evidence.store.testsupport.ScratchBucket;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectArgs;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Locale;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A 1 GiB upload through the store next to a raw MinIO SDK putObject of the same file, in the
 * same run; prints throughputs and ratios (timing is reported, never asserted). Runs only with
 * the MinIO root credentials, in a scratch bucket on the
 * same server from which every upload is removed again; the file size can be changed with
 * {@code -Devidence.it.throughputMiB=...}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadThroughputIT {

  private static final long MiB = 1L << 20;
  private static final int ROUNDS = 2;
  private static final String BASELINE_KEYS = "throughput-baseline/";

  private ScratchBucket scratch;
  private EvidenceStoreSettings settings;
  private EvidenceStore store;
  private MinioAsyncClient sdk;
  private Path file;
  private long size;

  @BeforeAll
  void prepare() throws Exception {
    ItEnvironment environment = ItEnvironment.requireConfigured();
    scratch = ScratchBucket.open(environment);
    settings = EvidenceStoreSettings.defaults();
    store = EvidenceStore.connect(scratch.location(), settings);
    sdk = scratch.sdk();
    size = Long.getLong("evidence.it.throughputMiB", 1024) * MiB;
    file = Files.createTempFile("evidence-throughput-", ".bin");
    try (InputStream in = GeneratedContent.of(42, size);
        OutputStream out = Files.newOutputStream(file)) {
      in.transferTo(out); // also leaves the file in the page cache for every contender alike
    }
  }

  @AfterAll
  void cleanUp() throws Exception {
    if (file != null) {
      Files.deleteIfExists(file);
    }
    if (scratch != null) {
      scratch.removeAllUnder(BASELINE_KEYS);
      scratch.removeAllUnder(ObjectKeys.PREFIX);
      store.close();
      scratch.close();
    }
  }

  @Test
  void storeNextToRawPutObject() throws Exception {
    EvidenceDigests expected = IndependentDigests.of(open());
    warmUp();

    double rawKnownLength = 0, rawUnknownLength = 0, evidenceStore = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      rawKnownLength = Math.max(rawKnownLength, measure(() -> rawPut(size, -1)));
      rawUnknownLength = Math.max(rawUnknownLength, measure(() -> rawPut(-1, settings.partSizeBytes())));
      StoredEvidence[] stored = new StoredEvidence[1];
      evidenceStore =
          Math.max(
              evidenceStore,
              measure(() -> stored[0] = store.store(ItIds.next("throughput"), open(), "application/zip")));
      assertThat(stored[0].digests()).isEqualTo(expected);
      scratch.removeAllUnder(ObjectKeys.PREFIX);
      scratch.removeAllUnder(BASELINE_KEYS);
    }
    double sha256Only = measure(() -> hashOnly(MessageDigest.getInstance("SHA-256")::update));
    SM3Digest sm3 = new SM3Digest();
    double sm3Only = measure(() -> hashOnly(sm3::update));

    report("raw putObject, length known (SDK part size)", rawKnownLength, rawKnownLength);
    report("raw putObject, length unknown, same part size", rawUnknownLength, rawKnownLength);
    report("EvidenceStore.store (SHA-256 + SM3)", evidenceStore, rawKnownLength);
    report("SHA-256 alone, one thread (JDK)", sha256Only, rawKnownLength);
    report("SM3 alone, one thread (Bouncy Castle)", sm3Only, rawKnownLength);
  }

  private interface Timed {
    void run() throws Exception;
  }

  private interface Update {
    void update(byte[] bytes, int offset, int length);
  }

  /** Best-of-rounds throughput in MB/s (10^6 bytes per second, as disks and networks count). */
  private double measure(Timed body) throws Exception {
    long start = System.nanoTime();
    body.run();
    return size / ((System.nanoTime() - start) / 1e9) / 1e6;
  }

  private void warmUp() throws Exception {
    long warmSize = Math.min(size, 64 * MiB);
    store.store(ItIds.next("warm-up"), GeneratedContent.of(1, warmSize), "application/zip");
    sdk.putObject(
            PutObjectArgs.builder()
                .bucket(scratch.location().bucket())
                .object(BASELINE_KEYS + "warm-up")
                .stream(GeneratedContent.of(1, warmSize), warmSize, -1)
                .build())
        .get();
  }

  private void rawPut(long knownLength, long partSize) throws Exception {
    try (InputStream in = open()) {
      sdk.putObject(
              PutObjectArgs.builder()
                  .bucket(scratch.location().bucket())
                  .object(BASELINE_KEYS + "raw-" + (knownLength < 0 ? "unknown" : "known"))
                  .stream(in, knownLength, partSize)
                  .contentType("application/zip")
                  .build())
          .get();
    }
  }

  private void hashOnly(Update digest) throws Exception {
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = open()) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
    }
  }

  private InputStream open() throws Exception {
    return new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
  }

  private void report(String what, double mbPerSecond, double baseline) {
    System.out.printf(
        Locale.ROOT,
        "[evidence-store throughput] %,d MiB  %-48s %7.1f MB/s  ratio to raw putObject %.2f%n",
        size / MiB,
        what,
        mbPerSecond,
        mbPerSecond / baseline);
  }
}
