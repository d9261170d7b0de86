package cn.procuratorate.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.store.EvidenceVerification.Verdict;
import cn.procuratorate.evidence.store.testsupport.GeneratedContent;
import cn.procuratorate.evidence.store.testsupport.IndependentDigests;
import cn.procuratorate.evidence.store.testsupport.ItEnvironment;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.SetBucketVersioningArgs;
import io.minio.messages.VersioningConfiguration;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Bytes changed behind the application's back, with the SDK and real credentials, are detected
 * on verify and never delivered by a verified read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TamperDetectionIT {

  private static final int SIZE = 3 * (1 << 20) + 17;

  private ItEnvironment environment;
  private EvidenceStore store;
  private MinioAsyncClient agencySdk;

  @BeforeAll
  void connect() {
    environment = ItEnvironment.requireConfigured();
    store = EvidenceStore.connect(environment.agency(), EvidenceStoreSettings.defaults());
    agencySdk = environment.agencyClient();
  }

  @AfterAll
  void close() throws Exception {
    if (store != null) {
      store.close();
      agencySdk.close();
    }
  }

  @Test
  void newerVersionPutWithTheAgencysOwnCredentialsIsReportedAndNeverServed() throws Exception {
    byte[] original = GeneratedContent.bytes(11, SIZE);
    StoredEvidence stored = store.store(ItIds.next("newer"), new ByteArrayInputStream(original), "application/pdf");
    String planted = putBehindTheNodesBack(agencySdk, environment.agency().bucket(), stored.objectKey(), tampered(original));

    EvidenceVerification verification = verify(stored, stored.versionId());
    assertThat(verification.verdict()).isEqualTo(Verdict.INTACT);
    assertThat(verification.newerVersions()).extracting(StoredVersion::versionId).containsExactly(planted);
    assertThat(store.newerVersionsThan(stored.objectKey(), stored.versionId()))
        .extracting(StoredVersion::versionId)
        .containsExactly(planted);
    try (VerifiedEvidenceStream in = open(stored, stored.versionId())) {
      assertThat(IndependentDigests.of(in)).isEqualTo(IndependentDigests.of(original));
    }

    // The planted version passed off as the evidence:
    assertThat(verify(stored, planted).verdict()).isEqualTo(Verdict.ALTERED);
    assertThatThrownBy(() -> open(stored, planted)).isInstanceOf(EvidenceIntegrityException.class);
  }

  @Test
  void overwrittenBytesInABucketWithoutVersioningAreDetectedAndNotDelivered() throws Exception {
    S3Location root = environment.requireRoot();
    S3Location unversioned = withBucket(root, environment.agency().bucket() + "-it-unversioned");
    try (MinioAsyncClient rootSdk = ItEnvironment.client(root);
        EvidenceStore storeThere = EvidenceStore.connect(unversioned, EvidenceStoreSettings.defaults())) {
      createBucket(rootSdk, unversioned.bucket(), false);
      byte[] original = GeneratedContent.bytes(12, SIZE);
      StoredEvidence stored =
          storeThere.store(ItIds.next("overwrite"), new ByteArrayInputStream(original), "application/pdf");
      assertThat(stored.versionId()).isNull();
      byte[] altered = tampered(original);

      putBehindTheNodesBack(rootSdk, unversioned.bucket(), stored.objectKey(), altered);

      EvidenceVerification verification =
          storeThere.verify(stored.objectKey(), null, stored.sha256(), stored.sm3());
      assertThat(verification.verdict()).isEqualTo(Verdict.ALTERED);
      assertThat(verification.actual()).isEqualTo(IndependentDigests.of(altered));
      ByteArrayOutputStream delivered = new ByteArrayOutputStream();
      assertThatThrownBy(
              () ->
                  storeThere
                      .openVerified(stored.objectKey(), null, stored.sha256(), stored.sm3())
                      .transferTo(delivered))
          .isInstanceOf(EvidenceIntegrityException.class);
      assertThat(delivered.size()).isZero();
    }
  }

  @Test
  void removedVersionIsReportedMissing() throws Exception {
    S3Location root = environment.requireRoot();
    S3Location unlocked = withBucket(root, environment.agency().bucket() + "-it-unlocked");
    try (MinioAsyncClient rootSdk = ItEnvironment.client(root);
        EvidenceStore storeThere = EvidenceStore.connect(unlocked, EvidenceStoreSettings.defaults())) {
      createBucket(rootSdk, unlocked.bucket(), true);
      StoredEvidence stored =
          storeThere.store(ItIds.next("removed"), new ByteArrayInputStream(new byte[] {1, 2, 3}), "text/plain");

      rootSdk
          .removeObject(
              RemoveObjectArgs.builder()
                  .bucket(unlocked.bucket())
                  .object(stored.objectKey())
                  .versionId(stored.versionId())
                  .build())
          .get();

      assertThat(storeThere.verify(stored.objectKey(), stored.versionId(), stored.sha256(), stored.sm3()).verdict())
          .isEqualTo(Verdict.MISSING);
      assertThatThrownBy(
              () -> storeThere.openVerified(stored.objectKey(), stored.versionId(), stored.sha256(), stored.sm3()))
          .isInstanceOf(EvidenceNotFoundException.class);
    }
  }

  @Test
  void objectLockKeepsEvenRootFromRemovingTheNodesVersion() throws Exception {
    S3Location root = environment.requireRoot();
    try (EvidenceBucket bucket = EvidenceBucket.connect(environment.agency());
        MinioAsyncClient rootSdk = ItEnvironment.client(root)) {
      assertThat(bucket.inspect().fullyProtected())
          .as("the agency's evidence bucket has object lock with a default retention")
          .isTrue();
      StoredEvidence stored =
          store.store(ItIds.next("locked"), new ByteArrayInputStream(new byte[] {4, 5, 6}), "text/plain");

      assertThatThrownBy(
              () ->
                  rootSdk
                      .removeObject(
                          RemoveObjectArgs.builder()
                              .bucket(root.bucket())
                              .object(stored.objectKey())
                              .versionId(stored.versionId())
                              .build())
                      .get())
          .isInstanceOf(ExecutionException.class)
          .hasMessageContaining("WORM");

      assertThat(verify(stored, stored.versionId()).verdict()).isEqualTo(Verdict.INTACT);
    }
  }

  private EvidenceVerification verify(StoredEvidence stored, String versionId) {
    return store.verify(stored.objectKey(), versionId, stored.sha256(), stored.sm3());
  }

  private VerifiedEvidenceStream open(StoredEvidence stored, String versionId) {
    return store.openVerified(stored.objectKey(), versionId, stored.sha256(), stored.sm3());
  }

  /** Same length, one bit flipped in the middle: the subtlest change there is. */
  private static byte[] tampered(byte[] original) {
    byte[] altered = original.clone();
    altered[altered.length / 2] ^= 0x01;
    assertThat(IndependentDigests.of(altered)).isNotEqualTo(IndependentDigests.of(original));
    return altered;
  }

  private static String putBehindTheNodesBack(MinioAsyncClient sdk, String bucket, String key, byte[] bytes)
      throws Exception {
    return sdk.putObject(
            PutObjectArgs.builder()
                .bucket(bucket)
                .object(key)
                .stream(new ByteArrayInputStream(bytes), bytes.length, -1)
                .contentType("application/pdf")
                .build())
        .get()
        .versionId();
  }

  private static void createBucket(MinioAsyncClient rootSdk, String bucket, boolean versioned)
      throws Exception {
    if (!rootSdk.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()).get()) {
      rootSdk.makeBucket(MakeBucketArgs.builder().bucket(bucket).build()).get();
    }
    if (versioned) {
      rootSdk
          .setBucketVersioning(
              SetBucketVersioningArgs.builder()
                  .bucket(bucket)
                  .config(new VersioningConfiguration(VersioningConfiguration.Status.ENABLED, null))
                  .build())
          .get();
    }
  }

  private static S3Location withBucket(S3Location location, String bucket) {
    return new S3Location(
        location.endpoint(), location.region(), bucket, location.accessKey(), location.secretKey());
  }
}
