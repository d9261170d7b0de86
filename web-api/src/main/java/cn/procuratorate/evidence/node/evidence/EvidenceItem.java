package cn.procuratorate.evidence.node.evidence;

import java.time.Instant;

/**
 * An item this agency registered, as the node's database holds it. Title, description and file
 * name stay here; only their digest ({@code metadataDigest}) goes on the ledger.
 *
 * @param uncertainTxId a registration whose outcome is not known yet: reconciled before any retry
 */
public record EvidenceItem(
    String evidenceId,
    String caseRef,
    String title,
    String description,
    String fileName,
    String mediaType,
    String uploader,
    String objectKey,
    String versionId,
    Long size,
    String sha256,
    String sm3,
    String metadataDigest,
    AnchorStatus status,
    String anchorTxId,
    Long blockNumber,
    String uncertainTxId,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt,
    Instant anchoredAt) {

  /** A new row, before the first byte is stored. */
  public static EvidenceItem storing(
      String evidenceId,
      String caseRef,
      String title,
      String description,
      String fileName,
      String mediaType,
      String uploader,
      String objectKey,
      String metadataDigest,
      Instant now) {
    return new EvidenceItem(evidenceId, caseRef, title, description, fileName, mediaType, uploader,
        objectKey, null, null, null, null, metadataDigest, AnchorStatus.STORING, null, null, null, 0,
        null, null, now, null);
  }
}
