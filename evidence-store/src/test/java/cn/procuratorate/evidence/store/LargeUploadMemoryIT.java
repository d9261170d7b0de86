package cn.procuratorate.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.store.testsupport.GeneratedContent;
import cn.procuratorate.evidence.store.testsupport.IndependentDigests;
import cn.procuratorate.evidence.store.testsupport.ItEnvironment;
import cn.procuratorate.evidence.store.testsupport.ScratchBucket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A 2 GiB upload in a JVM whose heap is capped at 256 MiB (failsafe's argLine): it must succeed,
 * and the process's peak resident memory is printed. Runs only with
 * the MinIO root credentials, in a scratch bucket from which
 * the upload is removed again; run it alone to attribute the peak to this upload.
 */
class LargeUploadMemoryIT {

  private static final long MiB = 1L << 20;

  @Test
  void twoGibibytesThroughAQuarterGibibyteHeap() throws Exception {
    ItEnvironment environment = ItEnvironment.requireConfigured();
    long size = Long.getLong("evidence.it.largeMiB", 2048) * MiB;
    long maxHeap = Runtime.getRuntime().maxMemory();

    StoredEvidence stored;
    double seconds;
    try (ScratchBucket scratch = ScratchBucket.open(environment);
        EvidenceStore store = EvidenceStore.connect(scratch.location(), EvidenceStoreSettings.defaults())) {
      long start = System.nanoTime();
      try {
        stored = store.store(ItIds.next("large"), GeneratedContent.of(2048, size), "video/mp4");
        seconds = (System.nanoTime() - start) / 1e9;
      } finally {
        scratch.removeAllUnder(ObjectKeys.PREFIX);
      }
    }

    System.out.printf(
        Locale.ROOT,
        "[evidence-store memory] %,d MiB stored in %.1f s (%.1f MB/s) with max heap %d MiB; "
            + "peak RSS of this JVM (VmHWM) %s%n",
        size / MiB,
        seconds,
        size / seconds / 1e6,
        maxHeap / MiB,
        peakResidentMemory());
    assertThat(stored.size()).isEqualTo(size);
    assertThat(stored.digests()).isEqualTo(IndependentDigests.ofGenerated(2048, size));
  }

  private static String peakResidentMemory() throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return "unknown (no /proc)";
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("VmHWM:"))
        .map(line -> line.substring("VmHWM:".length()).strip())
        .findFirst()
        .orElse("unknown");
  }
}
