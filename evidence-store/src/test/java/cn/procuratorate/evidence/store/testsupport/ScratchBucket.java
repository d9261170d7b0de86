package cn.procuratorate.evidence.store.testsupport;

import cn.procuratorate.evidence.store.S3Location;
import io.minio.BucketExistsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.SetBucketVersioningArgs;
import io.minio.messages.Item;
import io.minio.messages.VersioningConfiguration;

/**
 * A versioned bucket without object lock next to the agency's, for tests that write gigabytes:
 * in an object-locked bucket nothing can be removed before its retention ends, and repeated runs
 * would fill the disk. Needs the MinIO root credentials; everything written is removed again.
 */
public final class ScratchBucket implements AutoCloseable {

  private final S3Location location;
  private final MinioAsyncClient sdk;

  private ScratchBucket(S3Location location) {
    this.location = location;
    this.sdk = ItEnvironment.client(location);
  }

  public static ScratchBucket open(ItEnvironment environment) throws Exception {
    S3Location root = environment.requireRoot();
    ScratchBucket scratch =
        new ScratchBucket(
            new S3Location(
                root.endpoint(),
                root.region(),
                root.bucket() + "-it-scratch",
                root.accessKey(),
                root.secretKey()));
    scratch.create();
    return scratch;
  }

  /** Root credentials on the scratch bucket. */
  public S3Location location() {
    return location;
  }

  public MinioAsyncClient sdk() {
    return sdk;
  }

  /** Removes every version and delete marker under {@code prefix}. */
  public void removeAllUnder(String prefix) throws Exception {
    for (Result<Item> result :
        sdk.listObjects(
            ListObjectsArgs.builder()
                .bucket(location.bucket())
                .prefix(prefix)
                .recursive(true)
                .includeVersions(true)
                .build())) {
      Item item = result.get();
      sdk.removeObject(
              RemoveObjectArgs.builder()
                  .bucket(location.bucket())
                  .object(item.objectName())
                  .versionId(item.versionId())
                  .build())
          .get();
    }
  }

  @Override
  public void close() throws Exception {
    sdk.close();
  }

  private void create() throws Exception {
    String bucket = location.bucket();
    if (!sdk.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()).get()) {
      sdk.makeBucket(MakeBucketArgs.builder().bucket(bucket).build()).get();
    }
    sdk.setBucketVersioning(
            SetBucketVersioningArgs.builder()
                .bucket(bucket)
                .config(new VersioningConfiguration(VersioningConfiguration.Status.ENABLED, null))
                .build())
        .get();
  }
}
