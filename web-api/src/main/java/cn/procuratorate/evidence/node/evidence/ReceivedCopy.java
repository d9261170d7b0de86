package cn.procuratorate.evidence.node.evidence;

import java.time.Instant;

/**
 * A copy of another agency's evidence that this node fetched and stored in its own bucket under
 * {@code copyId}. {@code verified} says whether its hashes equalled the ledger's; only verified
 * copies are ever served.
 */
public record ReceivedCopy(
    String copyId,
    String evidenceId,
    String ownerMsp,
    String objectKey,
    String versionId,
    long size,
    String mediaType,
    String sha256,
    String sm3,
    boolean verified,
    String detail,
    ReceiptStatus receiptStatus,
    String receiptTxId,
    Long receiptBlock,
    String uncertainTxId,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    String receivedBy,
    Instant receivedAt) {}
