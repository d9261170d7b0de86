package cn.procuratorate.evidence.ledger.model;

/**
 * ISSUED → RESPONDED → EVALUATED → CLOSED | ESCALATED; ISSUED → OVERDUE once the reply deadline
 * passes; OVERDUE → RESPONDED (late) | ESCALATED | CLOSED; ESCALATED → RESPONDED | CLOSED.
 * CLOSED is final. The chaincode's state machine is the authority; this comment is a summary.
 */
public enum SupervisionStatus {
    ISSUED,
    RESPONDED,
    OVERDUE,
    EVALUATED,
    ESCALATED,
    CLOSED
}
