package cn.procuratorate.evidence.node.testsupport;

import cn.procuratorate.evidence.node.storage.EvidenceVault;
import cn.procuratorate.evidence.node.storage.VerifiedContent;
import cn.procuratorate.evidence.store.EvidenceIntegrityException;
import cn.procuratorate.evidence.store.EvidenceIntegrityIOException;
import cn.procuratorate.evidence.store.EvidenceNotFoundException;
import cn.procuratorate.evidence.store.EvidenceRefusedException;
import cn.procuratorate.evidence.store.EvidenceStorageException;
import cn.procuratorate.evidence.store.EvidenceStore;
import cn.procuratorate.evidence.store.EvidenceStoreException.Reason;
import cn.procuratorate.evidence.store.EvidenceVerification;
import cn.procuratorate.evidence.store.StoredEvidence;
import cn.procuratorate.evidence.store.StoredVersion;
import cn.procuratorate.evidence.store.digest.EvidenceDigests;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A versioned bucket in memory, with the evidence store's refusals and a way to tamper. */
public final class FakeEvidenceVault implements EvidenceVault {

  public static final long MAX_BYTES = 64 * 1024;
  public static final Set<String> ALLOWED = Set.of("application/pdf", "text/plain", "image/jpeg");

  private record Version(String versionId, byte[] bytes, String mediaType, Instant at) {}

  /** Object key → versions, oldest first. */
  private final Map<String, List<Version>> objects = new HashMap<>();
  public boolean unavailable;
  /** The next opened stream fails its second hash half-way, as if bytes changed while read. */
  public boolean breakNextStream;

  public synchronized void reset() {
    objects.clear();
    unavailable = false;
    breakNextStream = false;
  }

  public synchronized int objectCount() {
    return objects.size();
  }

  /** Changes the stored bytes of the key's first (the node's) version in place. */
  public synchronized void tamper(String objectKey) {
    Version original = objects.get(objectKey).get(0);
    byte[] changed = original.bytes().clone();
    changed[0] ^= 0x01;
    objects.get(objectKey).set(0, new Version(original.versionId(), changed, original.mediaType(), original.at()));
  }

  public synchronized void writeNewerVersion(String objectKey, byte[] bytes) {
    objects.get(objectKey).add(new Version(UUID.randomUUID().toString(), bytes, "text/plain", Instant.now()));
  }

  @Override
  public synchronized StoredEvidence store(String storageId, InputStream content, String mediaType) {
    if (unavailable) {
      throw new EvidenceStorageException("bucket down", null);
    }
    if (!ALLOWED.contains(mediaType)) {
      throw new EvidenceRefusedException(Reason.MEDIA_TYPE_NOT_ALLOWED, "media type not allowed");
    }
    byte[] bytes;
    try {
      bytes = content.readNBytes((int) MAX_BYTES + 1);
    } catch (IOException e) {
      throw new EvidenceRefusedException(Reason.CONTENT_UNREADABLE, "broke off", e);
    }
    if (bytes.length == 0) {
      throw new EvidenceRefusedException(Reason.EMPTY_CONTENT, "content is empty");
    }
    if (bytes.length > MAX_BYTES) {
      throw new EvidenceRefusedException(Reason.CONTENT_TOO_LARGE, "content exceeds the limit");
    }
    String key = EvidenceStore.objectKeyFor(storageId);
    Version version = new Version(UUID.randomUUID().toString(), bytes, mediaType, Instant.now());
    objects.computeIfAbsent(key, k -> new ArrayList<>()).add(version);
    return new StoredEvidence(key, version.versionId(), bytes.length, mediaType, EvidenceDigests.of(bytes));
  }

  @Override
  public synchronized VerifiedContent openVerified(String objectKey, String versionId, String sha256, String sm3) {
    Version version = version(objectKey, versionId)
        .orElseThrow(() -> new EvidenceNotFoundException(objectKey, versionId));
    EvidenceDigests expected = new EvidenceDigests(sha256, sm3);
    EvidenceDigests actual = EvidenceDigests.of(version.bytes());
    if (!actual.equals(expected)) {
      throw new EvidenceIntegrityException(objectKey, versionId, expected, actual);
    }
    InputStream stream = new ByteArrayInputStream(version.bytes());
    if (breakNextStream) {
      breakNextStream = false;
      stream = breaking(version.bytes(), new EvidenceIntegrityException(objectKey, versionId, expected, null));
    }
    return new VerifiedContent(stream, version.bytes().length, version.mediaType());
  }

  @Override
  public synchronized EvidenceVerification verify(String objectKey, String versionId, String sha256, String sm3) {
    EvidenceDigests expected = new EvidenceDigests(sha256, sm3);
    Optional<Version> version = version(objectKey, versionId);
    List<StoredVersion> newer = newerVersionsThan(objectKey, versionId);
    if (version.isEmpty()) {
      return new EvidenceVerification(objectKey, versionId, EvidenceVerification.Verdict.MISSING, expected, null, -1, newer);
    }
    EvidenceDigests actual = EvidenceDigests.of(version.get().bytes());
    return new EvidenceVerification(objectKey, versionId,
        actual.equals(expected) ? EvidenceVerification.Verdict.INTACT : EvidenceVerification.Verdict.ALTERED,
        expected, actual, version.get().bytes().length, newer);
  }

  @Override
  public synchronized List<StoredVersion> newerVersionsThan(String objectKey, String versionId) {
    List<Version> versions = objects.getOrDefault(objectKey, List.of());
    List<StoredVersion> newer = new ArrayList<>();
    boolean after = false;
    for (Version v : versions) {
      if (after) {
        newer.add(0, new StoredVersion(v.versionId(), v.at(), v.bytes().length, false, false));
      }
      after |= v.versionId().equals(versionId);
    }
    return newer;
  }

  @Override
  public synchronized Optional<StoredEvidence> findFinishedWrite(String storageId, String mediaType) {
    String key = EvidenceStore.objectKeyFor(storageId);
    return objects.getOrDefault(key, List.of()).stream().findFirst()
        .map(v -> new StoredEvidence(key, v.versionId(), v.bytes().length, mediaType, EvidenceDigests.of(v.bytes())));
  }

  private static InputStream breaking(byte[] bytes, EvidenceIntegrityException failure) {
    return new InputStream() {
      private int position;

      @Override
      public int read() throws IOException {
        if (position >= bytes.length / 2) {
          throw new EvidenceIntegrityIOException(failure);
        }
        return bytes[position++] & 0xff;
      }
    };
  }

  private Optional<Version> version(String objectKey, String versionId) {
    return objects.getOrDefault(objectKey, List.of()).stream()
        .filter(v -> v.versionId().equals(versionId)).findFirst();
  }
}
