package cn.procuratorate.evidence.store;

import io.minio.GetObjectArgs;
import io.minio.GetObjectResponse;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.ObjectWriteResponse;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.StatObjectResponse;
import io.minio.messages.Item;
import io.minio.messages.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@link ObjectStorage} on one MinIO (or other S3) bucket, with the agency's credentials. */
final class MinioObjectStorage implements ObjectStorage {

  private static final System.Logger LOG = System.getLogger(MinioObjectStorage.class.getName());

  private final MinioAsyncClient client;
  private final String bucket;
  private final String region;
  private final StreamingObjectWriter writer;

  MinioObjectStorage(MinioAsyncClient client, String bucket, String region) {
    this.client = client;
    this.bucket = bucket;
    this.region = region;
    this.writer = new StreamingObjectWriter(client, bucket, region);
  }

  static MinioObjectStorage connect(S3Location location) {
    return new MinioObjectStorage(
        MinioClients.connect(location), location.bucket(), location.region());
  }

  @Override
  public WrittenVersion write(String key, InputStream content, String mediaType, long partSize) {
    ObjectWriteResponse written;
    try {
      written = writer.write(key, content, mediaType, Math.toIntExact(partSize));
    } catch (IOException e) {
      abortUnfinishedUploads(key);
      throw new EvidenceStorageException("failed to write " + key + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      abortUnfinishedUploads(key); // in case the writer's own abort did not get through
      throw e;
    }
    StatObjectResponse stored = stat(key, written.versionId());
    return new WrittenVersion(written.versionId(), stored.size());
  }

  @Override
  public StoredObject read(String key, String versionId) {
    GetObjectResponse response;
    try {
      response =
          S3Calls.await(
              "read " + key + " version " + versionId,
              () ->
                  client.getObject(
                      GetObjectArgs.builder()
                          .bucket(bucket)
                          .region(region)
                          .object(key)
                          .versionId(versionId)
                          .build()));
    } catch (EvidenceStorageException e) {
      if (S3Calls.isNotFound(e) || isMalformedVersionForMinio(e, versionId)) {
        throw new EvidenceNotFoundException(key, versionId);
      }
      throw e;
    }
    requireVersion(response, key, versionId);
    return new StoredObject(response, response.headers().get("Content-Type"));
  }

  @Override
  public List<StoredVersion> versions(String key) {
    Iterable<Result<Item>> listing =
        client.listObjects(
            ListObjectsArgs.builder()
                .bucket(bucket)
                .region(region)
                .prefix(key) // also lists longer keys that start with this one: filtered below
                .includeVersions(true)
                .build());
    List<StoredVersion> versions = new ArrayList<>();
    try {
      for (Result<Item> result : listing) {
        Item item = result.get();
        if (key.equals(item.objectName())) {
          versions.add(
              new StoredVersion(
                  item.versionId(),
                  item.lastModified() == null ? null : item.lastModified().toInstant(),
                  item.isDeleteMarker() ? 0 : item.size(),
                  item.isDeleteMarker(),
                  item.isLatest()));
        }
      }
    } catch (Exception e) {
      throw new EvidenceStorageException("failed to list versions of " + key + ": " + e, e);
    }
    return versions; // S3 lists the versions of one key newest first
  }

  @Override
  public void close() {
    try {
      client.close();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "closing the S3 client failed", e);
    }
  }

  private StatObjectResponse stat(String key, String versionId) {
    return S3Calls.await(
        "check the size of " + key + " version " + versionId,
        () ->
            client.statObject(
                StatObjectArgs.builder()
                    .bucket(bucket)
                    .region(region)
                    .object(key)
                    .versionId(versionId)
                    .build()));
  }

  /**
   * MinIO answers a version id that is not a UUID with InvalidArgument rather than
   * NoSuchVersion; either way that version does not exist.
   */
  private static boolean isMalformedVersionForMinio(Throwable failure, String versionId) {
    return versionId != null && "InvalidArgument".equals(S3Calls.errorCode(failure));
  }

  /** Paranoia that costs nothing: the bytes must come from the version that was asked for. */
  private static void requireVersion(GetObjectResponse response, String key, String versionId) {
    String served = response.headers().get("x-amz-version-id");
    if (versionId != null && !versionId.equals(served)) {
      closeQuietly(response);
      throw new EvidenceStorageException(
          "asked for " + key + " version " + versionId + " but got version " + served, null);
    }
  }

  /** Best effort: a refused or broken upload must not leave parts behind in the bucket. */
  private void abortUnfinishedUploads(String key) {
    try {
      List<Upload> uploads =
          S3Calls.await(
                  "list unfinished uploads of " + key,
                  () ->
                      client.listMultipartUploadsAsync(
                          bucket, region, null, null, null, 1000, key, null, null, null))
              .result()
              .uploads();
      for (Upload upload : uploads) {
        if (Objects.equals(key, upload.objectName())) {
          S3Calls.await(
              "abort unfinished upload of " + key,
              () ->
                  client.abortMultipartUploadAsync(
                      bucket, region, key, upload.uploadId(), null, null));
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not clean up unfinished uploads of " + key, e);
    }
  }

  private static void closeQuietly(InputStream stream) {
    try {
      stream.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
  }
}
