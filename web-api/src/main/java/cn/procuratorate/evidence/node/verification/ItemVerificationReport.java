package cn.procuratorate.evidence.node.verification;

import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.Evidence;
import cn.procuratorate.evidence.store.StoredVersion;
import java.time.Instant;
import java.util.List;

/**
 * The check of one item this node holds.
 *
 * @param holding {@code OWNER} for the agency's own upload, {@code RECEIVED_COPY} for a fetched copy
 * @param measured digests and size of the stored bytes, absent when they are missing
 * @param newerVersions versions of the object someone wrote after the node: never served
 * @param verificationTxId the VERIFIED record's transaction, absent when it could not be recorded
 * @param recordingError why the VERIFIED record could not be written, if so
 * @param timeline the item's custody events, oldest first, including this check's
 */
public record ItemVerificationReport(
    String evidenceId,
    Verdict verdict,
    String holding,
    Evidence ledger,
    Measured measured,
    List<StoredVersion> newerVersions,
    String verificationTxId,
    Long verificationBlock,
    String recordingError,
    List<CustodyEvent> timeline,
    Instant checkedAt) {

  public record Measured(String sha256, String sm3, long size) {}
}
