package cn.procuratorate.evidence.store;

import cn.procuratorate.evidence.store.digest.EvidenceDigests;

/**
 * The stored bytes of an object version do not have the expected digests: they were changed
 * after they were stored (or the expectation is wrong). Such bytes are never served as evidence.
 */
public final class EvidenceIntegrityException extends EvidenceStoreException {

  private final String objectKey;
  private final String versionId;
  private final EvidenceDigests expected;
  private final EvidenceDigests actual;

  public EvidenceIntegrityException(
      String objectKey, String versionId, EvidenceDigests expected, EvidenceDigests actual) {
    super(
        Reason.CONTENT_MISMATCH,
        "stored bytes of "
            + objectKey
            + " version "
            + versionId
            + " do not match: expected "
            + expected
            + ", found "
            + (actual == null ? "content longer than verified" : actual),
        null);
    this.objectKey = objectKey;
    this.versionId = versionId;
    this.expected = expected;
    this.actual = actual;
  }

  public String objectKey() {
    return objectKey;
  }

  public String versionId() {
    return versionId;
  }

  public EvidenceDigests expected() {
    return expected;
  }

  /** Digests of the bytes actually read; {@code null} when reading stopped at excess length. */
  public EvidenceDigests actual() {
    return actual;
  }
}
