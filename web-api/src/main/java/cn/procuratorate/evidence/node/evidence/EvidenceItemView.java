package cn.procuratorate.evidence.node.evidence;

import java.time.Instant;

/** An item this agency registered, as the API shows it to the agency's own users. */
public record EvidenceItemView(
    String evidenceId,
    String caseRef,
    String title,
    String description,
    String fileName,
    String mediaType,
    Long size,
    String sha256,
    String sm3,
    String metadataDigest,
    String uploader,
    AnchorStatus status,
    String anchorTxId,
    Long blockNumber,
    Instant anchoredAt,
    int anchoringAttempts,
    String lastError,
    Instant createdAt) {

  public static EvidenceItemView of(EvidenceItem item) {
    return new EvidenceItemView(item.evidenceId(), item.caseRef(), item.title(), item.description(),
        item.fileName(), item.mediaType(), item.size(), item.sha256(), item.sm3(),
        item.metadataDigest(), item.uploader(), item.status(), item.anchorTxId(),
        item.blockNumber(), item.anchoredAt(), item.attempts(), item.lastError(), item.createdAt());
  }
}
