package cn.procuratorate.evidence.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.evidence.store.RetentionPolicy.Mode;
import cn.procuratorate.evidence.store.testsupport.ItEnvironment;
import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.SetBucketVersioningArgs;
import io.minio.messages.VersioningConfiguration;
import org.junit.jupiter.api.Test;

/** The setup helper checks and completes protection on existing buckets, never weakening it. */
class BucketProtectionIT {

  private static final RetentionPolicy ONE_DAY = new RetentionPolicy(Mode.GOVERNANCE, 1);

  private final ItEnvironment environment = ItEnvironment.requireConfigured();

  @Test
  void theAgencysBucketIsVersionedAndProtectingItAgainChangesNothing() {
    try (EvidenceBucket bucket = EvidenceBucket.connect(environment.agency())) {
      BucketProtection before = bucket.inspect();
      System.out.println("[evidence-store IT] " + environment.agency().bucket() + ": " + before);

      BucketProtection after = bucket.protect(ONE_DAY);

      assertThat(before.versioningEnabled()).isTrue();
      assertThat(after.versioningEnabled()).isTrue();
      assertThat(after.objectLockEnabled()).isEqualTo(before.objectLockEnabled());
      if (before.defaultRetention() != null) {
        assertThat(after.defaultRetention()).isEqualTo(before.defaultRetention());
      }
    }
  }

  @Test
  void enablesVersioningWhereItIsOffAndSaysThatObjectLockIsMissing() throws Exception {
    S3Location root = environment.requireRoot();
    S3Location plain = withBucket(root, root.bucket() + "-it-plain");
    try (MinioAsyncClient sdk = ItEnvironment.client(root);
        EvidenceBucket bucket = EvidenceBucket.connect(plain)) {
      makeBucket(sdk, plain.bucket(), false);
      sdk.setBucketVersioning(
              SetBucketVersioningArgs.builder()
                  .bucket(plain.bucket())
                  .config(new VersioningConfiguration(VersioningConfiguration.Status.SUSPENDED, null))
                  .build())
          .get();

      BucketProtection result = bucket.protect(ONE_DAY);

      assertThat(result.versioningEnabled()).isTrue();
      assertThat(result.objectLockEnabled()).isFalse();
      assertThat(result.fullyProtected()).isFalse();
      assertThat(result.problems()).anyMatch(problem -> problem.contains("object lock is off"));
    }
  }

  @Test
  void setsDefaultRetentionWhereObjectLockIsOnButNoRetentionIsSet() throws Exception {
    S3Location root = environment.requireRoot();
    S3Location locked = withBucket(root, root.bucket() + "-it-locked");
    try (MinioAsyncClient sdk = ItEnvironment.client(root);
        EvidenceBucket bucket = EvidenceBucket.connect(locked)) {
      makeBucket(sdk, locked.bucket(), true);

      BucketProtection result = bucket.protect(ONE_DAY);

      assertThat(result.fullyProtected()).isTrue();
      assertThat(result.defaultRetention()).isEqualTo(ONE_DAY);
    }
  }

  @Test
  void saysSoWhenTheBucketDoesNotExist() {
    try (EvidenceBucket bucket =
        EvidenceBucket.connect(withBucket(environment.agency(), "no-such-bucket-" + System.nanoTime()))) {
      BucketProtection result = bucket.inspect();

      assertThat(result.exists()).isFalse();
      assertThat(result.problems()).isNotEmpty();
    }
  }

  private static void makeBucket(MinioAsyncClient sdk, String bucket, boolean objectLock)
      throws Exception {
    if (!sdk.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()).get()) {
      sdk.makeBucket(MakeBucketArgs.builder().bucket(bucket).objectLock(objectLock).build()).get();
    }
  }

  private static S3Location withBucket(S3Location location, String bucket) {
    return new S3Location(
        location.endpoint(), location.region(), bucket, location.accessKey(), location.secretKey());
  }
}
