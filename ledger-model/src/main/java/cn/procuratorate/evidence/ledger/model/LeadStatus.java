package cn.procuratorate.evidence.ledger.model;

/** SUBMITTED → ACCEPTED → CONCLUDED, or SUBMITTED → REJECTED. */
public enum LeadStatus {
    SUBMITTED,
    ACCEPTED,
    REJECTED,
    /** The receiver reported the outcome back to the sender. */
    CONCLUDED
}
