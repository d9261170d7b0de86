package cn.procuratorate.evidence.ledger.model;

import java.util.List;

/**
 * The argument of {@code submitLead}, as JSON. The sender is the caller's agency.
 *
 * @param evidenceIds   evidence items the receiver needs; each must belong to the sender (then the
 *                      receiver is granted access in the same transaction) or to the receiver
 * @param summaryDigest SHA-256 hex of the lead's off-chain summary, or empty
 * @param submittedBy   the sender's user who submitted it
 */
public record LeadSubmission(
        String leadId,
        String receiverMsp,
        List<String> evidenceIds,
        String summaryDigest,
        String submittedBy) {

    public static final int MAX_EVIDENCE = 100;

    public LeadSubmission {
        evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        summaryDigest = summaryDigest == null ? "" : summaryDigest;
    }

    public LeadSubmission validated() {
        LedgerInput.requireId("leadId", leadId);
        LedgerInput.requireMspId("receiverMsp", receiverMsp);
        LedgerInput.requireEvidenceIds(evidenceIds, MAX_EVIDENCE);
        LedgerInput.requireOptionalHex256("summaryDigest", summaryDigest);
        LedgerInput.requireId("submittedBy", submittedBy);
        return this;
    }
}
