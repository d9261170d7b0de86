package cn.procuratorate.evidence.workflow.event;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.DECIDED_BY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.DECISION_REASON;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.ESCALATION_REASON;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVIDENCE_IDS;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.ISSUER_MSP;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.LEAD_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.LEAD_OUTCOME;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.RECEIVER_MSP;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.REPLY_DUE_AT;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.RESPONSE_DIGEST;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SENDER_MSP;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUBJECT_DIGEST;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUBMITTED_BY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUMMARY_DIGEST;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUPERVISION_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUPERVISION_KIND;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.TARGET_MSP;

import cn.procuratorate.evidence.workflow.WorkflowNames.Messages;
import cn.procuratorate.evidence.workflow.support.EvidenceIds;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The ledger events the workflows react to, with the variables each one carries and the agency it
 * is addressed to. The node's event consumer maps a decoded chaincode event onto one of these.
 */
public final class LedgerEventNotices {

    private LedgerEventNotices() {
    }

    /** To the receiver: starts its {@code lead-intake}. */
    public static LedgerEventNotice leadSubmitted(String txId, String leadId, String senderMsp, String receiverMsp,
            List<String> evidenceIds, String summaryDigest, String submittedBy) {
        return new LedgerEventNotice(txId, Messages.LEAD_SUBMITTED, leadId, receiverMsp, Map.of(
                LEAD_ID, leadId, SENDER_MSP, senderMsp, RECEIVER_MSP, receiverMsp,
                EVIDENCE_IDS, EvidenceIds.join(evidenceIds), SUMMARY_DIGEST, nonNull(summaryDigest),
                SUBMITTED_BY, submittedBy));
    }

    /** To the sender. */
    public static LedgerEventNotice leadAccepted(String txId, String leadId, String senderMsp, String reason,
            String decidedBy) {
        return new LedgerEventNotice(txId, Messages.LEAD_ACCEPTED, leadId, senderMsp,
                Map.of(DECISION_REASON, nonNull(reason), DECIDED_BY, decidedBy));
    }

    /** To the sender. */
    public static LedgerEventNotice leadRejected(String txId, String leadId, String senderMsp, String reason,
            String decidedBy) {
        return new LedgerEventNotice(txId, Messages.LEAD_REJECTED, leadId, senderMsp,
                Map.of(DECISION_REASON, nonNull(reason), DECIDED_BY, decidedBy));
    }

    /** To the sender: what came of the accepted lead. */
    public static LedgerEventNotice leadConcluded(String txId, String leadId, String senderMsp, String outcome) {
        return new LedgerEventNotice(txId, Messages.LEAD_CONCLUDED, leadId, senderMsp, Map.of(LEAD_OUTCOME, outcome));
    }

    /** To the target agency: starts its {@code supervision-response}; the deadline is the ledger's. */
    public static LedgerEventNotice supervisionIssued(String txId, String supervisionId, String issuerMsp,
            String targetMsp, String kind, List<String> evidenceIds, String subjectDigest, Instant replyDueAt) {
        return new LedgerEventNotice(txId, Messages.SUPERVISION_ISSUED, supervisionId, targetMsp, Map.of(
                SUPERVISION_ID, supervisionId, ISSUER_MSP, issuerMsp, TARGET_MSP, targetMsp,
                SUPERVISION_KIND, kind, EVIDENCE_IDS, EvidenceIds.join(evidenceIds),
                SUBJECT_DIGEST, nonNull(subjectDigest), REPLY_DUE_AT, Date.from(replyDueAt)));
    }

    /** To the issuing procuratorate. */
    public static LedgerEventNotice supervisionResponded(String txId, String supervisionId, String issuerMsp,
            String responseDigest) {
        return new LedgerEventNotice(txId, Messages.SUPERVISION_RESPONDED, supervisionId, issuerMsp,
                Map.of(RESPONSE_DIGEST, responseDigest));
    }

    /** To the target agency. */
    public static LedgerEventNotice supervisionClosed(String txId, String supervisionId, String targetMsp) {
        return new LedgerEventNotice(txId, Messages.SUPERVISION_CLOSED, supervisionId, targetMsp, Map.of());
    }

    /** To the target agency. */
    public static LedgerEventNotice supervisionEscalated(String txId, String supervisionId, String targetMsp,
            String reason) {
        return new LedgerEventNotice(txId, Messages.SUPERVISION_ESCALATED, supervisionId, targetMsp,
                Map.of(ESCALATION_REASON, nonNull(reason)));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
