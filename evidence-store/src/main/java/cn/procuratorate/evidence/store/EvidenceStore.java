package cn.procuratorate.evidence.store;

import cn.procuratorate.evidence.store.EvidenceStoreException.Reason;
import cn.procuratorate.evidence.store.EvidenceVerification.Verdict;
import cn.procuratorate.evidence.store.ObjectStorage.StoredObject;
import cn.procuratorate.evidence.store.ObjectStorage.WrittenVersion;
import cn.procuratorate.evidence.store.digest.DualDigestInputStream;
import cn.procuratorate.evidence.store.digest.EvidenceDigests;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Evidence custody on the agency's own bucket: stores a file once, hashing it with SHA-256 and
 * SM3 on the way in, and reads back exactly the version it wrote, only when its bytes still
 * have the digests the ledger holds. Knows nothing about the ledger itself: the node anchors
 * what {@link #store} returns and passes the anchored digests to the reads.
 *
 * <p>Thread-safe; one instance per node and bucket.
 */
public final class EvidenceStore implements AutoCloseable {

  private static final int COPY_BUFFER_BYTES = 64 * 1024;

  private final ObjectStorage storage;
  private final EvidenceStoreSettings settings;
  private final Semaphore uploadSlots;

  EvidenceStore(ObjectStorage storage, EvidenceStoreSettings settings) {
    this.storage = Objects.requireNonNull(storage, "storage");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.uploadSlots = new Semaphore(settings.maxConcurrentUploads(), true);
  }

  /** A store on an existing bucket, with the agency's own credentials. */
  public static EvidenceStore connect(S3Location location, EvidenceStoreSettings settings) {
    return new EvidenceStore(MinioObjectStorage.connect(location), settings);
  }

  /** The object key of an evidence id: {@code evidence/<evidenceId>}. */
  public static String objectKeyFor(String evidenceId) {
    return ObjectKeys.forEvidenceId(evidenceId);
  }

  /**
   * Streams {@code content} once into a new object {@code evidence/<evidenceId>}, hashing it
   * on the way, in constant memory whatever its size. Does not close {@code content}.
   *
   * @param evidenceId server-generated id, 1-128 of {@code [A-Za-z0-9_-]}
   * @param mediaType declared media type; parameters are dropped, the type must be allowed
   * @throws EvidenceRefusedException for empty, oversize or unreadable content, a media type
   *     not allowed, a malformed or already stored id, or when all upload slots stayed busy;
   *     nothing is left in the bucket
   * @throws EvidenceStorageException when the bucket failed
   */
  public StoredEvidence store(String evidenceId, InputStream content, String mediaType) {
    String key = ObjectKeys.forEvidenceId(evidenceId);
    String type = requireAllowedMediaType(mediaType);
    Objects.requireNonNull(content, "content");
    if (!storage.versions(key).isEmpty()) {
      throw new EvidenceRefusedException(
          Reason.DUPLICATE_EVIDENCE_ID, "evidence id " + evidenceId + " is already stored");
    }
    acquireUploadSlot();
    try {
      return stream(key, content, type);
    } finally {
      uploadSlots.release();
    }
  }

  private StoredEvidence stream(String key, InputStream content, String type) {
    UploadSource source = new UploadSource(content, settings.maxContentBytes());
    try (DualDigestInputStream hashing = DualDigestInputStream.leavingSourceOpen(source)) {
      PushbackInputStream body = new PushbackInputStream(hashing, 1);
      int first = readFirstByte(hashing); // before any request: empty content costs nothing
      body.unread(first);
      WrittenVersion written = write(key, body, type, source);
      EvidenceDigests digests = hashing.digests();
      if (written.size() != hashing.bytesRead()) {
        throw new EvidenceStorageException(
            key + " holds " + written.size() + " bytes but " + hashing.bytesRead() + " were sent",
            null);
      }
      return new StoredEvidence(key, written.versionId(), written.size(), type, digests);
    } catch (IOException e) {
      throw unreadable(e); // only the source can fail here: the rest is in memory
    }
  }

  /**
   * Opens exactly one stored version for delivery as evidence. The version is hashed in full
   * first; only if both digests match is it opened again and streamed, hashed once more on the
   * way. The last byte is held back until that second hash matches too, so a reader never
   * receives the complete content unless it is intact; otherwise the read fails with
   * {@link EvidenceIntegrityIOException}.
   *
   * @param versionId the version the node wrote ({@code null} only without bucket versioning)
   * @throws EvidenceIntegrityException when the stored bytes do not match (nothing delivered)
   * @throws EvidenceNotFoundException when the version does not exist
   */
  public VerifiedEvidenceStream openVerified(
      String objectKey, String versionId, String expectedSha256, String expectedSm3) {
    String key = ObjectKeys.requireObjectKey(objectKey);
    ObjectKeys.requireVersionIdOrNull(versionId);
    EvidenceDigests expected = expectedDigests(expectedSha256, expectedSm3);
    Measurement first = measure(key, versionId);
    if (first == null) {
      throw new EvidenceNotFoundException(key, versionId);
    }
    if (!first.digests().equals(expected)) {
      throw new EvidenceIntegrityException(key, versionId, expected, first.digests());
    }
    StoredObject again = storage.read(key, versionId);
    return new VerifiedEvidenceStream(key, versionId, again, expected, first.size());
  }

  /**
   * Re-hashes one stored version and compares it with the expected digests; also reports any
   * newer versions of the key, which someone other than the node must have written.
   */
  public EvidenceVerification verify(
      String objectKey, String versionId, String expectedSha256, String expectedSm3) {
    String key = ObjectKeys.requireObjectKey(objectKey);
    ObjectKeys.requireVersionIdOrNull(versionId);
    EvidenceDigests expected = expectedDigests(expectedSha256, expectedSm3);
    Measurement measured = measure(key, versionId);
    List<StoredVersion> newer = newerVersionsThan(key, versionId);
    if (measured == null) {
      return new EvidenceVerification(key, versionId, Verdict.MISSING, expected, null, -1, newer);
    }
    Verdict verdict = measured.digests().equals(expected) ? Verdict.INTACT : Verdict.ALTERED;
    return new EvidenceVerification(
        key, versionId, verdict, expected, measured.digests(), measured.size(), newer);
  }

  /**
   * Versions of the key newer than the node's one, newest first; all versions when the node's
   * one is gone; none in a bucket without versioning ({@code versionId == null}).
   */
  public List<StoredVersion> newerVersionsThan(String objectKey, String versionId) {
    String key = ObjectKeys.requireObjectKey(objectKey);
    ObjectKeys.requireVersionIdOrNull(versionId);
    if (versionId == null) {
      return List.of();
    }
    List<StoredVersion> versions = storage.versions(key);
    for (int i = 0; i < versions.size(); i++) {
      if (versionId.equals(versions.get(i).versionId())) {
        return List.copyOf(versions.subList(0, i));
      }
    }
    return List.copyOf(versions);
  }

  @Override
  public void close() {
    storage.close();
  }

  private record Measurement(EvidenceDigests digests, long size) {}

  /** Digests and size of a stored version, or {@code null} when it does not exist. */
  private Measurement measure(String key, String versionId) {
    StoredObject stored;
    try {
      stored = storage.read(key, versionId);
    } catch (EvidenceNotFoundException e) {
      return null;
    }
    try (DualDigestInputStream hashing = new DualDigestInputStream(stored.content())) {
      byte[] buffer = new byte[COPY_BUFFER_BYTES];
      while (hashing.read(buffer, 0, buffer.length) >= 0) {
        // hashing is the point
      }
      return new Measurement(hashing.digests(), hashing.bytesRead());
    } catch (IOException e) {
      throw new EvidenceStorageException(
          "reading " + key + " version " + versionId + " broke off", e);
    }
  }

  private WrittenVersion write(String key, InputStream body, String type, UploadSource source) {
    try {
      return storage.write(key, body, type, settings.partSizeBytes());
    } catch (EvidenceStorageException e) {
      // The store aborted the upload; say why in the caller's terms if the cause was theirs.
      if (source.limitExceeded()) {
        throw new EvidenceRefusedException(
            Reason.CONTENT_TOO_LARGE,
            "content exceeds the limit of " + settings.maxContentBytes() + " bytes");
      }
      if (source.readFailure() != null) {
        throw unreadable(source.readFailure());
      }
      throw e;
    }
  }

  /** Bounds the heap that uploads take: each holds a few part buffers while it streams. */
  private void acquireUploadSlot() {
    boolean acquired = false;
    try {
      acquired =
          uploadSlots.tryAcquire(settings.uploadSlotWait().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!acquired) {
      throw new EvidenceRefusedException(
          Reason.UPLOADS_AT_CAPACITY,
          settings.maxConcurrentUploads() + " uploads are already streaming; retry later");
    }
  }

  private static int readFirstByte(InputStream hashing) throws IOException {
    int first = hashing.read();
    if (first < 0) {
      throw new EvidenceRefusedException(Reason.EMPTY_CONTENT, "content is empty");
    }
    return first;
  }

  private String requireAllowedMediaType(String mediaType) {
    String type = MediaTypes.normalizeOrNull(mediaType);
    if (type == null || !settings.allowedMediaTypes().contains(type)) {
      throw new EvidenceRefusedException(
          Reason.MEDIA_TYPE_NOT_ALLOWED,
          "media type not allowed; allowed: " + settings.allowedMediaTypes());
    }
    return type;
  }

  private static EvidenceDigests expectedDigests(String sha256, String sm3) {
    if (!EvidenceDigests.isHex256(sha256) || !EvidenceDigests.isHex256(sm3)) {
      throw new EvidenceRefusedException(
          Reason.MALFORMED_DIGEST, "expected SHA-256 and SM3 must each be 64 hex digits");
    }
    return new EvidenceDigests(sha256, sm3);
  }

  private static EvidenceRefusedException unreadable(IOException cause) {
    return new EvidenceRefusedException(
        Reason.CONTENT_UNREADABLE, "the upload stream broke off: " + cause.getMessage(), cause);
  }
}
