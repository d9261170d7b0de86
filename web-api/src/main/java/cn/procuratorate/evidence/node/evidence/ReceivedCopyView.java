package cn.procuratorate.evidence.node.evidence;

import java.time.Instant;

/** A copy of another agency's item this node fetched, with its check against the ledger. */
public record ReceivedCopyView(
    String copyId,
    String evidenceId,
    String ownerMsp,
    long size,
    String mediaType,
    String sha256,
    String sm3,
    boolean verified,
    String detail,
    ReceiptStatus receiptStatus,
    String receiptTxId,
    Long receiptBlock,
    String receivedBy,
    Instant receivedAt) {

  public static ReceivedCopyView of(ReceivedCopy copy) {
    return new ReceivedCopyView(copy.copyId(), copy.evidenceId(), copy.ownerMsp(), copy.size(),
        copy.mediaType(), copy.sha256(), copy.sm3(), copy.verified(), copy.detail(),
        copy.receiptStatus(), copy.receiptTxId(), copy.receiptBlock(), copy.receivedBy(),
        copy.receivedAt());
  }
}
