package cn.procuratorate.evidence.workflow.lead;

import java.util.List;

/**
 * The lead contract of the ledger, as the workflows need it. Implemented by the agency node over
 * the Fabric client; each method is one ledger transaction and returns its transaction id.
 *
 * <p>Every method is idempotent by the lead id and the transition it asks for: Camunda retries a
 * service task whose outcome was unknown (a timeout after the transaction was sent), so an
 * implementation that finds the lead already in the state asked for, by the same caller with the
 * same content, returns the id of that earlier transaction instead of failing or submitting again.
 * Any other failure is thrown: the task is retried and, after its last retry, becomes an incident.
 */
public interface LeadLedger {

    /** The sender hands the lead over; the receiver is granted access to the evidence in the same transaction. */
    String submitLead(String leadId, String receiverMsp, List<String> evidenceIds, String summaryDigest,
            String submittedBy);

    /** Only the receiver, once: the lead is taken up. */
    String acceptLead(String leadId, String reason, String decidedBy);

    /** Only the receiver, once: the lead is refused, with the reason the sender will read. */
    String rejectLead(String leadId, String reason, String decidedBy);

    /** The receiver reports what came of an accepted lead (for example {@code CASE_FILED}). */
    String recordLeadOutcome(String leadId, String outcome, String recordedBy);
}
