package cn.procuratorate.evidence.ledger.model;

/**
 * Names of the chaincode events, one per submitted transaction (Fabric keeps only one event per
 * transaction, so batch operations emit one event that lists everything they did). Every payload
 * is a {@link LedgerEvent} in canonical JSON.
 */
public final class LedgerEvents {

    public static final String AGENCY_REGISTERED = "AgencyRegistered";

    public static final String EVIDENCE_REGISTERED = "EvidenceRegistered";
    public static final String ACCESS_GRANTED = "AccessGranted";
    public static final String ACCESS_REVOKED = "AccessRevoked";
    public static final String EVIDENCE_RECEIVED = "EvidenceReceived";
    public static final String EVIDENCE_VERIFIED = "EvidenceVerified";
    public static final String EVIDENCE_ACCESSED = "EvidenceAccessed";

    public static final String LEAD_SUBMITTED = "LeadSubmitted";
    public static final String LEAD_ACCEPTED = "LeadAccepted";
    public static final String LEAD_REJECTED = "LeadRejected";
    public static final String LEAD_CONCLUDED = "LeadConcluded";

    public static final String SUPERVISION_ISSUED = "SupervisionIssued";
    public static final String SUPERVISION_RESPONDED = "SupervisionResponded";
    public static final String SUPERVISION_OVERDUE = "SupervisionOverdue";
    public static final String SUPERVISION_EVALUATED = "SupervisionEvaluated";
    public static final String SUPERVISION_CLOSED = "SupervisionClosed";
    public static final String SUPERVISION_ESCALATED = "SupervisionEscalated";

    private LedgerEvents() {
    }
}
