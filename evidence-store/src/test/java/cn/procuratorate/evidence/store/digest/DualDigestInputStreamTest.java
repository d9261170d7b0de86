package cn.procuratorate.evidence.store.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import cn.procuratorate.evidence.store.testsupport.GeneratedContent;
import cn.procuratorate.evidence.store.testsupport.IndependentDigests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DualDigestInputStreamTest {

  private static final int CHUNK = DualDigest.CHUNK_BYTES;

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, 63, 64, CHUNK - 1, CHUNK, CHUNK + 1, 9 * CHUNK + 7, 20 * CHUNK + 3})
  void matchesIndependentDigestsAcrossChunkBoundaries(int length) throws IOException {
    byte[] content = GeneratedContent.bytes(length, length);

    try (DualDigestInputStream hashing = new DualDigestInputStream(new ByteArrayInputStream(content))) {
      byte[] passedThrough = readInRandomSizes(hashing, new Random(length));

      assertThat(passedThrough).isEqualTo(content);
      assertThat(hashing.bytesRead()).isEqualTo(length);
      assertThat(hashing.digests()).isEqualTo(IndependentDigests.of(content));
    }
  }

  @Test
  void singleByteReadsGiveTheSameDigests() throws IOException {
    byte[] content = GeneratedContent.bytes(7, 3000);

    try (DualDigestInputStream hashing = new DualDigestInputStream(new ByteArrayInputStream(content))) {
      while (hashing.read() >= 0) {
        // one byte at a time
      }
      assertThat(hashing.digests()).isEqualTo(IndependentDigests.of(content));
    }
  }

  @Test
  void skippedBytesAreHashedToo() throws IOException {
    byte[] content = GeneratedContent.bytes(8, 3 * CHUNK);

    try (DualDigestInputStream hashing = new DualDigestInputStream(new ByteArrayInputStream(content))) {
      assertThat(hashing.skip(2L * CHUNK + 5)).isEqualTo(2L * CHUNK + 5);
      hashing.readAllBytes();

      assertThat(hashing.digests()).isEqualTo(IndependentDigests.of(content));
    }
  }

  @Test
  void digestsOfAPrefixAreNeverHandedOut() throws IOException {
    try (DualDigestInputStream hashing =
        new DualDigestInputStream(new ByteArrayInputStream(new byte[200]))) {
      hashing.readNBytes(100);

      assertThatIllegalStateException().isThrownBy(hashing::digests);
    }
  }

  @Test
  void markAndResetAreRefusedBecauseTheyWouldHashBytesTwice() {
    DualDigestInputStream hashing = new DualDigestInputStream(new ByteArrayInputStream(new byte[10]));

    assertThat(hashing.markSupported()).isFalse();
  }

  @Test
  void closingBeforeTheEndStopsTheSm3Thread() throws Exception {
    InputStream endless = GeneratedContent.of(9, Long.MAX_VALUE);
    DualDigestInputStream hashing = new DualDigestInputStream(endless);
    hashing.readNBytes(5 * CHUNK); // far enough for the SM3 thread to have started

    hashing.close();

    assertThat(awaitNoSm3Threads(Duration.ofSeconds(5))).isTrue();
  }

  @Test
  void leavingSourceOpenDoesNotCloseTheCallersStream() throws IOException {
    boolean[] closed = {false};
    InputStream source =
        new ByteArrayInputStream(new byte[10]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };

    DualDigestInputStream.leavingSourceOpen(source).close();

    assertThat(closed[0]).isFalse();
  }

  private static byte[] readInRandomSizes(InputStream in, Random random) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[3 * CHUNK];
    int n;
    while ((n = in.read(buffer, 0, 1 + random.nextInt(buffer.length))) >= 0) {
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static boolean awaitNoSm3Threads(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      boolean running =
          Thread.getAllStackTraces().keySet().stream()
              .anyMatch(t -> t.getName().startsWith("sm3-digest-") && t.isAlive());
      if (!running) {
        return true;
      }
      Thread.sleep(20);
    }
    return false;
  }
}
