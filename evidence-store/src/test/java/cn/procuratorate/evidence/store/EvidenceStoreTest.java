package cn.procuratorate.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.store.EvidenceStoreException.Reason;
import cn.procuratorate.evidence.store.EvidenceVerification.Verdict;
import cn.procuratorate.evidence.store.testsupport.GeneratedContent;
import cn.procuratorate.evidence.store.testsupport.IndependentDigests;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceStoreTest {

  private static final long LIMIT = 64 * 1024;

  private final FakeObjectStorage bucket = new FakeObjectStorage();
  private final EvidenceStore store =
      new EvidenceStore(
          bucket,
          EvidenceStoreSettings.defaults()
              .withMaxContentBytes(LIMIT)
              .withAllowedMediaTypes(Set.of("application/pdf", "image/jpeg")));

  @Nested
  class Store {

    @Test
    void storesUnderTheEvidenceIdWithBothDigests() {
      byte[] content = GeneratedContent.bytes(1, 5000);

      StoredEvidence stored = store.store("ev-0001", new ByteArrayInputStream(content), "application/pdf");

      assertThat(stored.objectKey()).isEqualTo("evidence/ev-0001");
      assertThat(stored.versionId()).isNotBlank();
      assertThat(stored.size()).isEqualTo(5000);
      assertThat(stored.mediaType()).isEqualTo("application/pdf");
      assertThat(stored.digests()).isEqualTo(IndependentDigests.of(content));
    }

    @Test
    void leavesClosingTheSourceToTheCaller() {
      CountingInputStream source = new CountingInputStream(new ByteArrayInputStream(new byte[10]));

      store.store("ev-0002", source, "application/pdf");

      assertThat(source.closed()).isFalse();
    }

    @Test
    void refusesEmptyContentBeforeWritingAnything() {
      assertRefused(
          () -> store.store("ev-0003", InputStream.nullInputStream(), "application/pdf"),
          Reason.EMPTY_CONTENT);
      assertThat(bucket.writeCalls).isZero();
    }

    @Test
    void acceptsContentOfExactlyTheLimit() {
      StoredEvidence stored =
          store.store("ev-0004", GeneratedContent.of(4, LIMIT), "application/pdf");

      assertThat(stored.size()).isEqualTo(LIMIT);
    }

    @Test
    void refusesOversizeContentAfterReadingOnlyOneByteTooMany() {
      CountingInputStream source = new CountingInputStream(GeneratedContent.of(5, 100 * LIMIT));

      assertRefused(() -> store.store("ev-0005", source, "application/pdf"), Reason.CONTENT_TOO_LARGE);
      assertThat(source.count()).isEqualTo(LIMIT + 1);
      assertThat(bucket.isEmpty()).isTrue();
    }

    @Test
    void refusesAnUploadStreamThatBreaksOff() {
      InputStream breaksOff =
          new SequenceInputStream(
              new ByteArrayInputStream(new byte[1000]),
              new InputStream() {
                @Override
                public int read() throws IOException {
                  throw new IOException("client went away");
                }
              });

      assertRefused(() -> store.store("ev-0006", breaksOff, "application/pdf"), Reason.CONTENT_UNREADABLE);
      assertThat(bucket.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"text/html", "application/x-msdownload", "pdf", "application/", "/pdf", "application/pdf/x"})
    void refusesMediaTypesOutsideTheAllowList(String mediaType) {
      assertRefused(
          () -> store.store("ev-0007", new ByteArrayInputStream(new byte[1]), mediaType),
          Reason.MEDIA_TYPE_NOT_ALLOWED);
      assertThat(bucket.writeCalls).isZero();
    }

    @Test
    void keepsOnlyTheTypeOfADeclaredMediaType() {
      StoredEvidence stored =
          store.store("ev-0008", new ByteArrayInputStream(new byte[1]), " Image/JPEG ; name=\"x\r\ny\"");

      assertThat(stored.mediaType()).isEqualTo("image/jpeg");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
        strings = {"../etc/passwd", "a/b", "..", ".hidden", "-leading-dash", "has space", "ev\u0000nul",
          "证据1", "ev.pdf"})
    void refusesMalformedEvidenceIds(String evidenceId) {
      assertRefused(
          () -> store.store(evidenceId, new ByteArrayInputStream(new byte[1]), "application/pdf"),
          Reason.MALFORMED_EVIDENCE_ID);
      assertThat(bucket.writeCalls).isZero();
    }

    @Test
    void refusesAnIdOverOneHundredTwentyEightCharacters() {
      assertRefused(
          () -> store.store("a".repeat(129), new ByteArrayInputStream(new byte[1]), "application/pdf"),
          Reason.MALFORMED_EVIDENCE_ID);
    }

    @Test
    void refusesAnUploadWhenEverySlotStaysBusyAndAcceptsOnceOneFrees() throws Exception {
      EvidenceStore oneSlot =
          new EvidenceStore(
              bucket,
              EvidenceStoreSettings.defaults().withConcurrentUploads(1, Duration.ofMillis(50)));
      CountDownLatch writing = new CountDownLatch(1);
      CountDownLatch finish = new CountDownLatch(1);
      bucket.pauseWrites(writing, finish);
      Thread first =
          new Thread(() -> oneSlot.store("ev-slow", new ByteArrayInputStream(new byte[1]), "application/pdf"));
      first.start();
      writing.await();

      assertRefused(
          () -> oneSlot.store("ev-next", new ByteArrayInputStream(new byte[1]), "application/pdf"),
          Reason.UPLOADS_AT_CAPACITY);

      finish.countDown();
      first.join();
      assertThat(oneSlot.store("ev-next", new ByteArrayInputStream(new byte[1]), "application/pdf").size())
          .isEqualTo(1);
    }

    @Test
    void refusesAnIdThatIsAlreadyStored() {
      store.store("ev-0009", new ByteArrayInputStream(new byte[] {1}), "application/pdf");

      assertRefused(
          () -> store.store("ev-0009", new ByteArrayInputStream(new byte[] {2}), "application/pdf"),
          Reason.DUPLICATE_EVIDENCE_ID);
      assertThat(bucket.versions("evidence/ev-0009")).hasSize(1);
    }
  }

  @Nested
  class OpenVerified {

    private final byte[] content = GeneratedContent.bytes(10, 50_000);
    private final StoredEvidence stored =
        store.store("ev-0100", new ByteArrayInputStream(content), "application/pdf");

    @Test
    void deliversIntactContent() throws IOException {
      try (VerifiedEvidenceStream in = open(stored)) {
        assertThat(in.readAllBytes()).isEqualTo(content);
        assertThat(in.size()).isEqualTo(content.length);
        assertThat(in.mediaType()).isEqualTo("application/pdf");
        assertThat(in.digests()).isEqualTo(stored.digests());
      }
    }

    @Test
    void refusesAlteredBytesBeforeDeliveringAny() {
      byte[] altered = content.clone();
      altered[20_000] ^= 1;
      bucket.overwrite(stored.objectKey(), stored.versionId(), altered);

      assertThatThrownBy(() -> open(stored))
          .isInstanceOfSatisfying(
              EvidenceIntegrityException.class,
              e -> {
                assertThat(e.reason()).isEqualTo(Reason.CONTENT_MISMATCH);
                assertThat(e.actual()).isEqualTo(IndependentDigests.of(altered));
              });
    }

    @Test
    void withholdsTheLastByteWhenTheBytesChangeBetweenTheTwoReads() {
      bucket.tamperWithSecondRead(bytes -> { bytes[100] ^= 1; return bytes; });

      ByteArrayOutputStream received = new ByteArrayOutputStream();
      assertThatThrownBy(() -> open(stored).transferTo(received))
          .isInstanceOf(EvidenceIntegrityIOException.class);
      assertThat(received.size()).isEqualTo(content.length - 1);
    }

    @Test
    void refusesASecondReadThatIsLonger() {
      bucket.tamperWithSecondRead(bytes -> Arrays.copyOf(bytes, bytes.length + 10));

      ByteArrayOutputStream received = new ByteArrayOutputStream();
      assertThatThrownBy(() -> open(stored).transferTo(received))
          .isInstanceOf(EvidenceIntegrityIOException.class);
      assertThat(received.size()).isLessThan(content.length);
    }

    @Test
    void refusesASecondReadThatIsShorter() {
      bucket.tamperWithSecondRead(bytes -> Arrays.copyOf(bytes, bytes.length - 10));

      assertThatThrownBy(() -> open(stored).readAllBytes())
          .isInstanceOf(EvidenceIntegrityIOException.class);
    }

    @Test
    void readsExactlyTheNodesVersionEvenWhenANewerOneExists() throws IOException {
      bucket.addVersion(stored.objectKey(), new byte[] {6, 6, 6}, "application/pdf");

      try (VerifiedEvidenceStream in = open(stored)) {
        assertThat(in.readAllBytes()).isEqualTo(content);
      }
    }

    @Test
    void reportsAMissingVersion() {
      bucket.remove(stored.objectKey(), stored.versionId());

      assertThatThrownBy(() -> open(stored)).isInstanceOf(EvidenceNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"evidence/../secret", "other/ev-0100", "evidence/", "/evidence/ev-0100", "evidence/ev-0100/x"})
    void refusesKeysOutsideTheEvidencePrefix(String objectKey) {
      assertRefused(
          () -> store.openVerified(objectKey, stored.versionId(), stored.sha256(), stored.sm3()),
          Reason.MALFORMED_OBJECT_KEY);
    }

    @Test
    void refusesMalformedVersionIds() {
      assertRefused(
          () -> store.openVerified(stored.objectKey(), "x?y&z", stored.sha256(), stored.sm3()),
          Reason.MALFORMED_VERSION_ID);
    }

    @Test
    void refusesMalformedExpectedDigests() {
      assertRefused(
          () -> store.openVerified(stored.objectKey(), stored.versionId(), "abc", stored.sm3()),
          Reason.MALFORMED_DIGEST);
    }

    private VerifiedEvidenceStream open(StoredEvidence evidence) {
      return store.openVerified(evidence.objectKey(), evidence.versionId(), evidence.sha256(), evidence.sm3());
    }
  }

  @Nested
  class Verify {

    private final byte[] content = GeneratedContent.bytes(20, 3000);
    private final StoredEvidence stored =
        store.store("ev-0200", new ByteArrayInputStream(content), "image/jpeg");

    @Test
    void intact() {
      EvidenceVerification result = verify(stored);

      assertThat(result.verdict()).isEqualTo(Verdict.INTACT);
      assertThat(result.actual()).isEqualTo(stored.digests());
      assertThat(result.size()).isEqualTo(3000);
      assertThat(result.newerVersionPresent()).isFalse();
    }

    @Test
    void alteredWithTheDigestsOfWhatIsThere() {
      byte[] altered = content.clone();
      altered[0] ^= 1;
      bucket.overwrite(stored.objectKey(), stored.versionId(), altered);

      EvidenceVerification result = verify(stored);

      assertThat(result.verdict()).isEqualTo(Verdict.ALTERED);
      assertThat(result.actual()).isEqualTo(IndependentDigests.of(altered));
    }

    @Test
    void missing() {
      bucket.remove(stored.objectKey(), stored.versionId());

      EvidenceVerification result = verify(stored);

      assertThat(result.verdict()).isEqualTo(Verdict.MISSING);
      assertThat(result.actual()).isNull();
    }

    @Test
    void reportsVersionsWrittenAfterTheNodesOne() {
      String first = bucket.addVersion(stored.objectKey(), new byte[] {1}, "image/jpeg");
      String second = bucket.addVersion(stored.objectKey(), new byte[] {2}, "image/jpeg");

      EvidenceVerification result = verify(stored);

      assertThat(result.verdict()).isEqualTo(Verdict.INTACT);
      assertThat(result.newerVersions()).extracting(StoredVersion::versionId).containsExactly(second, first);
    }

    @Test
    void anotherVersionPassedOffAsTheEvidenceIsAltered() {
      String planted = bucket.addVersion(stored.objectKey(), new byte[] {1}, "image/jpeg");

      EvidenceVerification result =
          store.verify(stored.objectKey(), planted, stored.sha256(), stored.sm3());

      assertThat(result.verdict()).isEqualTo(Verdict.ALTERED);
    }

    private EvidenceVerification verify(StoredEvidence evidence) {
      return store.verify(evidence.objectKey(), evidence.versionId(), evidence.sha256(), evidence.sm3());
    }
  }

  @Test
  void anEvidenceIdMapsToOneKeyUnderTheEvidencePrefix() {
    assertThat(EvidenceStore.objectKeyFor("01J9Z8Q4C7")).isEqualTo("evidence/01J9Z8Q4C7");
  }

  @Test
  void settingsRefuseALimitThatDoesNotFitInTenThousandParts() {
    assertThatThrownBy(() -> EvidenceStoreSettings.defaults().withMaxContentBytes(10_001L * (8L << 20)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EvidenceStoreSettings.defaults().withPartSizeBytes(1 << 20))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EvidenceStoreSettings.defaults().withConcurrentUploads(0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertRefused(Runnable call, Reason reason) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            EvidenceRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
