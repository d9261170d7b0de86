package cn.procuratorate.evidence.store;

import cn.procuratorate.evidence.store.digest.EvidenceDigests;

/**
 * One evidence file as stored: exactly the object version the node wrote, with the digests of
 * the bytes that went into it. This is what gets anchored on the ledger.
 *
 * @param versionId the S3 version; {@code null} only in a bucket without versioning
 */
public record StoredEvidence(
    String objectKey, String versionId, long size, String mediaType, EvidenceDigests digests) {

  public String sha256() {
    return digests.sha256();
  }

  public String sm3() {
    return digests.sm3();
  }
}
