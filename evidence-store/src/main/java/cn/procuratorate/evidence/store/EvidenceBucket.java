package cn.procuratorate.evidence.store;

import io.minio.BucketExistsArgs;
import io.minio.GetBucketVersioningArgs;
import io.minio.GetObjectLockConfigurationArgs;
import io.minio.MinioAsyncClient;
import io.minio.SetBucketVersioningArgs;
import io.minio.SetObjectLockConfigurationArgs;
import io.minio.messages.ObjectLockConfiguration;
import io.minio.messages.RetentionDurationDays;
import io.minio.messages.RetentionDurationUnit;
import io.minio.messages.RetentionMode;
import io.minio.messages.VersioningConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks and completes the protection of an agency's existing evidence bucket with the agency's
 * own credentials. The network scripts create the bucket; this never creates one, never turns
 * protection off and never replaces a retention someone already set.
 *
 * <p>Object lock can only be switched on when a bucket is created; where it is off, all this can
 * do is enable versioning and say that WORM retention is missing.
 */
public final class EvidenceBucket implements AutoCloseable {

  private static final Set<String> NO_LOCK_CODES =
      Set.of("ObjectLockConfigurationNotFoundError", "NoSuchObjectLockConfiguration");
  private static final String ACCESS_DENIED = "AccessDenied";

  private final MinioAsyncClient client;
  private final String bucket;

  EvidenceBucket(MinioAsyncClient client, String bucket) {
    this.client = client;
    this.bucket = bucket;
  }

  public static EvidenceBucket connect(S3Location location) {
    return new EvidenceBucket(MinioClients.connect(location), location.bucket());
  }

  /** Reports versioning, object lock and default retention as they are now. */
  public BucketProtection inspect() {
    List<String> problems = new ArrayList<>();
    if (!exists(problems)) {
      return new BucketProtection(bucket, false, false, false, null, problems);
    }
    boolean versioning = versioningEnabled(problems);
    ObjectLockConfiguration lock = objectLock(problems);
    return new BucketProtection(
        bucket, true, versioning, lock != null, retentionOf(lock), problems);
  }

  /**
   * Enables versioning if it is off, and sets {@code retention} as the default retention if
   * object lock is on and no default is set yet; reports what it could not do.
   */
  public BucketProtection protect(RetentionPolicy retention) {
    BucketProtection before = inspect();
    if (!before.exists()) {
      return before;
    }
    List<String> problems = new ArrayList<>();
    if (!before.versioningEnabled()) {
      enableVersioning(problems);
    }
    if (!before.objectLockEnabled()) {
      problems.add("object lock is off (it can only be enabled when the bucket is created)");
    } else if (before.defaultRetention() == null) {
      setDefaultRetention(retention, problems);
    } else if (!before.defaultRetention().equals(retention)) {
      problems.add(
          "default retention is "
              + before.defaultRetention()
              + ", configured "
              + retention
              + ": left as it is");
    }
    BucketProtection after = inspect();
    problems.addAll(after.problems());
    return new BucketProtection(
        bucket,
        after.exists(),
        after.versioningEnabled(),
        after.objectLockEnabled(),
        after.defaultRetention(),
        problems);
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (Exception e) {
      // nothing left to release
    }
  }

  private boolean exists(List<String> problems) {
    try {
      if (S3Calls.await(
          "check that bucket " + bucket + " exists",
          () -> client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()))) {
        return true;
      }
      problems.add("bucket " + bucket + " does not exist (the network scripts create it)");
    } catch (EvidenceStorageException e) {
      reportDeniedOrThrow(e, "access to bucket " + bucket, problems);
    }
    return false;
  }

  private boolean versioningEnabled(List<String> problems) {
    try {
      VersioningConfiguration config =
          S3Calls.await(
              "read versioning of " + bucket,
              () ->
                  client.getBucketVersioning(
                      GetBucketVersioningArgs.builder().bucket(bucket).build()));
      return config.status() == VersioningConfiguration.Status.ENABLED;
    } catch (EvidenceStorageException e) {
      reportDeniedOrThrow(e, "s3:GetBucketVersioning", problems);
      return false;
    }
  }

  private ObjectLockConfiguration objectLock(List<String> problems) {
    try {
      return S3Calls.await(
          "read object lock of " + bucket,
          () ->
              client.getObjectLockConfiguration(
                  GetObjectLockConfigurationArgs.builder().bucket(bucket).build()));
    } catch (EvidenceStorageException e) {
      if (!NO_LOCK_CODES.contains(S3Calls.errorCode(e))) {
        reportDeniedOrThrow(e, "s3:GetBucketObjectLockConfiguration", problems);
      }
      return null;
    }
  }

  private void enableVersioning(List<String> problems) {
    try {
      S3Calls.await(
          "enable versioning on " + bucket,
          () ->
              client.setBucketVersioning(
                  SetBucketVersioningArgs.builder()
                      .bucket(bucket)
                      .config(
                          new VersioningConfiguration(VersioningConfiguration.Status.ENABLED, null))
                      .build()));
    } catch (EvidenceStorageException e) {
      reportDeniedOrThrow(e, "s3:PutBucketVersioning", problems);
    }
  }

  private void setDefaultRetention(RetentionPolicy retention, List<String> problems) {
    try {
      S3Calls.await(
          "set default retention on " + bucket,
          () ->
              client.setObjectLockConfiguration(
                  SetObjectLockConfigurationArgs.builder()
                      .bucket(bucket)
                      .config(
                          new ObjectLockConfiguration(
                              RetentionMode.valueOf(retention.mode().name()),
                              new RetentionDurationDays(retention.days())))
                      .build()));
    } catch (EvidenceStorageException e) {
      reportDeniedOrThrow(e, "s3:PutBucketObjectLockConfiguration", problems);
    }
  }

  private static RetentionPolicy retentionOf(ObjectLockConfiguration lock) {
    if (lock == null || lock.mode() == null || lock.duration() == null) {
      return null;
    }
    int days =
        lock.duration().unit() == RetentionDurationUnit.YEARS
            ? lock.duration().duration() * 365
            : lock.duration().duration();
    return new RetentionPolicy(RetentionPolicy.Mode.valueOf(lock.mode().name()), days);
  }

  /** Missing permissions are reported (the node can run without them); outages are not. */
  private static void reportDeniedOrThrow(
      EvidenceStorageException e, String permission, List<String> problems) {
    if (!ACCESS_DENIED.equals(S3Calls.errorCode(e))) {
      throw e;
    }
    problems.add("access denied: the credentials lack " + permission);
  }
}
