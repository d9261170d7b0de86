package cn.procuratorate.evidence.store;

import cn.procuratorate.evidence.store.digest.EvidenceDigests;
import java.util.List;

/**
 * Result of re-hashing one stored object version against the digests it should have.
 *
 * @param actual digests of the stored bytes; {@code null} when the version is {@link
 *     Verdict#MISSING}
 * @param size bytes in the stored version; -1 when missing
 * @param newerVersions versions of the same key newer than the node's one, newest first (all
 *     versions of the key when the node's one is missing): nobody but the node should have
 *     written them, and they are never served as the evidence
 */
public record EvidenceVerification(
    String objectKey,
    String versionId,
    Verdict verdict,
    EvidenceDigests expected,
    EvidenceDigests actual,
    long size,
    List<StoredVersion> newerVersions) {

  public enum Verdict {
    /** The stored bytes have exactly the expected digests. */
    INTACT,
    /** The stored bytes differ from what was anchored. */
    ALTERED,
    /** The object version no longer exists. */
    MISSING
  }

  public EvidenceVerification {
    newerVersions = List.copyOf(newerVersions);
  }

  public boolean intact() {
    return verdict == Verdict.INTACT;
  }

  /** True when someone with bucket credentials wrote (or deleted) the key after the node. */
  public boolean newerVersionPresent() {
    return !newerVersions.isEmpty();
  }
}
