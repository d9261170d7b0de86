package cn.procuratorate.evidence.store.testsupport;

import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.Result;
import io.minio.messages.Item;
import io.minio.messages.Upload;
import java.util.ArrayList;
import java.util.List;

/**
 * What a bucket holds under a key, read with the plain SDK (not the code under test): object
 * versions and delete markers, and multipart uploads that were started but never finished.
 */
public final class BucketContents {

  private final MinioAsyncClient client;
  private final String bucket;

  public BucketContents(MinioAsyncClient client, String bucket) {
    this.client = client;
    this.bucket = bucket;
  }

  /** Every version and delete marker whose key starts with {@code prefix}. */
  public List<String> versionsUnder(String prefix) throws Exception {
    List<String> found = new ArrayList<>();
    for (Result<Item> result :
        client.listObjects(
            ListObjectsArgs.builder()
                .bucket(bucket)
                .prefix(prefix)
                .recursive(true)
                .includeVersions(true)
                .build())) {
      Item item = result.get();
      found.add(item.objectName() + "@" + item.versionId() + (item.isDeleteMarker() ? " (delete marker)" : ""));
    }
    return found;
  }

  /** Multipart uploads started under {@code prefix} and neither completed nor aborted. */
  public List<String> unfinishedUploadsUnder(String prefix) throws Exception {
    List<String> found = new ArrayList<>();
    for (Upload upload :
        client
            .listMultipartUploadsAsync(bucket, null, null, null, null, 1000, prefix, null, null, null)
            .get()
            .result()
            .uploads()) {
      found.add(upload.objectName() + " upload " + upload.uploadId());
    }
    return found;
  }
}
