package cn.procuratorate.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.store.EvidenceStoreException.Reason;
import cn.procuratorate.evidence.store.testsupport.BucketContents;
import cn.procuratorate.evidence.store.testsupport.GeneratedContent;
import cn.procuratorate.evidence.store.testsupport.ItEnvironment;
import io.minio.MinioAsyncClient;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Refused uploads leave nothing in the bucket: no object, no version, no unfinished upload. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusalIT {

  private static final long MiB = 1L << 20;
  private static final long LIMIT = 20 * MiB;
  private static final long PART = 5 * MiB;

  private EvidenceStore store;
  private MinioAsyncClient sdk;
  private BucketContents bucket;

  @BeforeAll
  void connect() {
    ItEnvironment environment = ItEnvironment.requireConfigured();
    store =
        EvidenceStore.connect(
            environment.agency(),
            EvidenceStoreSettings.defaults().withPartSizeBytes(PART).withMaxContentBytes(LIMIT));
    sdk = environment.agencyClient();
    bucket = new BucketContents(sdk, environment.agency().bucket());
  }

  @AfterAll
  void close() throws Exception {
    if (store != null) {
      store.close();
      sdk.close();
    }
  }

  @Test
  void emptyContent() throws Exception {
    String id = ItIds.next("empty");

    assertRefused(() -> store.store(id, InputStream.nullInputStream(), "application/pdf"), Reason.EMPTY_CONTENT);

    assertNothingLeftFor(id);
  }

  @Test
  void oversizeWithinTheFirstPart() throws Exception {
    String id = ItIds.next("oversize-small");
    EvidenceStore smallLimit =
        EvidenceStore.connect(
            ItEnvironment.requireConfigured().agency(),
            EvidenceStoreSettings.defaults().withMaxContentBytes(MiB));

    try (smallLimit) {
      assertRefused(
          () -> smallLimit.store(id, GeneratedContent.of(1, 3 * MiB), "application/pdf"),
          Reason.CONTENT_TOO_LARGE);
    }

    assertNothingLeftFor(id);
  }

  @Test
  void oversizeAfterSeveralPartsWereUploaded() throws Exception {
    String id = ItIds.next("oversize-multipart");
    CountingInputStream source = new CountingInputStream(GeneratedContent.of(2, 64 * MiB));

    assertRefused(() -> store.store(id, source, "application/pdf"), Reason.CONTENT_TOO_LARGE);

    assertThat(source.count()).isEqualTo(LIMIT + 1);
    assertNothingLeftFor(id);
  }

  @Test
  void uploadStreamBreakingOffMidway() throws Exception {
    String id = ItIds.next("broken");
    InputStream breaksOff =
        new SequenceInputStream(
            GeneratedContent.of(3, 12 * MiB),
            new InputStream() {
              @Override
              public int read() throws java.io.IOException {
                throw new java.io.IOException("client went away");
              }
            });

    assertRefused(() -> store.store(id, breaksOff, "application/pdf"), Reason.CONTENT_UNREADABLE);

    assertNothingLeftFor(id);
  }

  @Test
  void mediaTypeOutsideTheAllowList() throws Exception {
    String id = ItIds.next("media-type");

    assertRefused(
        () -> store.store(id, new ByteArrayInputStream(new byte[10]), "application/x-msdownload"),
        Reason.MEDIA_TYPE_NOT_ALLOWED);

    assertNothingLeftFor(id);
  }

  @Test
  void pathTricksInTheEvidenceId() throws Exception {
    String id = ItIds.next("path");

    assertRefused(
        () -> store.store("../" + id, new ByteArrayInputStream(new byte[10]), "application/pdf"),
        Reason.MALFORMED_EVIDENCE_ID);
    assertRefused(
        () -> store.store(id + "/x", new ByteArrayInputStream(new byte[10]), "application/pdf"),
        Reason.MALFORMED_EVIDENCE_ID);

    assertThat(bucket.versionsUnder("")).noneMatch(key -> key.contains(id));
  }

  @Test
  void secondUploadUnderTheSameId() throws Exception {
    String id = ItIds.next("duplicate");
    StoredEvidence first = store.store(id, new ByteArrayInputStream(new byte[] {1}), "application/pdf");

    assertRefused(
        () -> store.store(id, new ByteArrayInputStream(new byte[] {2}), "application/pdf"),
        Reason.DUPLICATE_EVIDENCE_ID);

    assertThat(bucket.versionsUnder(first.objectKey()))
        .containsExactly(first.objectKey() + "@" + first.versionId());
  }

  private void assertNothingLeftFor(String id) throws Exception {
    String key = EvidenceStore.objectKeyFor(id);
    assertThat(bucket.versionsUnder(key)).isEmpty();
    assertThat(bucket.unfinishedUploadsUnder(key)).isEmpty();
  }

  private static void assertRefused(Runnable call, Reason reason) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            EvidenceRefusedException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
