package cn.procuratorate.evidence.workflow.supervision;

/**
 * The supervision contract of the ledger, as the workflows need it. Implemented by the agency node
 * over the Fabric client; each method is one ledger transaction and returns its transaction id.
 *
 * <p>Every method is idempotent by the supervision id and the transition it asks for (see
 * {@link cn.procuratorate.evidence.workflow.lead.LeadLedger}): a retry after an unknown outcome
 * returns the earlier transaction instead of submitting the transition again. Failures are thrown
 * so that Camunda retries the task.
 */
public interface SupervisionLedger {

    /** The procuratorate issues; the ledger computes the reply deadline from the transaction time. */
    IssuedSupervision issue(SupervisionToIssue supervision);

    /** The target agency answers; who drafted and who approved the answer are recorded. */
    String respond(String supervisionId, String responseDigest, String answeredBy, String approvedBy);

    /** The issuer records that the deadline passed without an answer. */
    String markOverdue(String supervisionId);

    /** The issuer's judgement of the answer. */
    String evaluate(String supervisionId, boolean satisfied, String note, String evaluatedBy);

    String close(String supervisionId, String closedBy);

    String escalate(String supervisionId, String reason, String escalatedBy);
}
