package cn.procuratorate.evidence.node.storage;

import cn.procuratorate.evidence.store.EvidenceVerification;
import cn.procuratorate.evidence.store.StoredEvidence;
import cn.procuratorate.evidence.store.StoredVersion;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The agency's own evidence bucket. Failures are the evidence store's exceptions
 * ({@code EvidenceRefusedException}, {@code EvidenceIntegrityException}, …).
 */
public interface EvidenceVault {

  /** Streams content once into a new object named after {@code storageId}, hashing it. */
  StoredEvidence store(String storageId, InputStream content, String mediaType);

  /** Opens exactly the stored version, only if its bytes have these digests. */
  VerifiedContent openVerified(String objectKey, String versionId, String sha256, String sm3);

  /** Re-hashes the stored version against the digests; reports newer versions of the key. */
  EvidenceVerification verify(String objectKey, String versionId, String sha256, String sm3);

  /** Versions of the key that someone other than the node wrote after it, newest first. */
  List<StoredVersion> newerVersionsThan(String objectKey, String versionId);

  /**
   * After a crash between writing and recording: the complete object stored under
   * {@code storageId}, with the digests of its bytes, if the write finished.
   */
  Optional<StoredEvidence> findFinishedWrite(String storageId, String mediaType);
}
