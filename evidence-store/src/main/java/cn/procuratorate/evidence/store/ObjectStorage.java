package cn.procuratorate.evidence.store;

import java.io.InputStream;
import java.util.List;

/**
 * The slice of S3 the evidence store needs, for one bucket: MinIO in production
 * ({@link MinioObjectStorage}), a fake in unit tests.
 */
interface ObjectStorage extends AutoCloseable {

  /**
   * Writes {@code content}, read to its end (length unknown up front), as a new version of
   * {@code key}, in parts of {@code partSize} bytes. If anything fails, a read from
   * {@code content} included, no object, version or unfinished multipart upload is left.
   *
   * @throws EvidenceStorageException when the write failed (for whatever reason)
   */
  WrittenVersion write(String key, InputStream content, String mediaType, long partSize);

  /**
   * Opens exactly one version; {@code versionId == null} means the only copy in a bucket
   * without versioning.
   *
   * @throws EvidenceNotFoundException when that version does not exist
   */
  StoredObject read(String key, String versionId);

  /** Every version and delete marker of exactly {@code key}, newest first. */
  List<StoredVersion> versions(String key);

  @Override
  void close();

  /** What a successful write produced. */
  record WrittenVersion(String versionId, long size) {}

  /** An open object version; the caller closes {@code content}. */
  record StoredObject(InputStream content, String mediaType) {}
}
