package cn.procuratorate.evidence.node.storage.internal;

import cn.procuratorate.evidence.node.storage.EvidenceVault;
import cn.procuratorate.evidence.node.storage.VerifiedContent;
import cn.procuratorate.evidence.store.EvidenceStore;
import cn.procuratorate.evidence.store.EvidenceVerification;
import cn.procuratorate.evidence.store.StoredEvidence;
import cn.procuratorate.evidence.store.StoredVersion;
import cn.procuratorate.evidence.store.VerifiedEvidenceStream;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@link EvidenceVault} over the evidence-store library. */
final class BucketEvidenceVault implements EvidenceVault {

  /** A well-formed version id no bucket holds: asking for versions newer than it lists them all. */
  private static final String NO_SUCH_VERSION = "no-such-version";
  /** Placeholder expectation: verify() reports the actual digests whatever it is told to expect. */
  private static final String ZERO_DIGEST = "0".repeat(64);

  private final EvidenceStore store;

  BucketEvidenceVault(EvidenceStore store) {
    this.store = store;
  }

  @Override
  public StoredEvidence store(String storageId, InputStream content, String mediaType) {
    return store.store(storageId, content, mediaType);
  }

  @Override
  public VerifiedContent openVerified(String objectKey, String versionId, String sha256, String sm3) {
    VerifiedEvidenceStream stream = store.openVerified(objectKey, versionId, sha256, sm3);
    return new VerifiedContent(stream, stream.size(), stream.mediaType());
  }

  @Override
  public EvidenceVerification verify(String objectKey, String versionId, String sha256, String sm3) {
    return store.verify(objectKey, versionId, sha256, sm3);
  }

  @Override
  public List<StoredVersion> newerVersionsThan(String objectKey, String versionId) {
    return store.newerVersionsThan(objectKey, versionId);
  }

  @Override
  public Optional<StoredEvidence> findFinishedWrite(String storageId, String mediaType) {
    String key = EvidenceStore.objectKeyFor(storageId);
    // The node writes a key once, so its write is the oldest version that has bytes.
    Optional<StoredVersion> first =
        store.newerVersionsThan(key, NO_SUCH_VERSION).stream()
            .filter(v -> !v.deleteMarker())
            .min(Comparator.comparing(StoredVersion::lastModified));
    if (first.isEmpty()) {
      return Optional.empty();
    }
    EvidenceVerification measured = store.verify(key, first.get().versionId(), ZERO_DIGEST, ZERO_DIGEST);
    if (measured.actual() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new StoredEvidence(key, first.get().versionId(), measured.size(), mediaType, measured.actual()));
  }
}
