package cn.procuratorate.evidence.ledger.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A lead (线索) handed from one agency to another, with its whole history.
 *
 * @param outcome the receiver's outcome code once CONCLUDED (for example {@code CASE_FILED})
 */
public record Lead(
        int schemaVersion,
        String leadId,
        String senderMsp,
        String receiverMsp,
        List<String> evidenceIds,
        String summaryDigest,
        LeadStatus status,
        String outcome,
        List<StatusChange> history) {

    public static final int SCHEMA_VERSION = 1;

    public Lead {
        evidenceIds = List.copyOf(evidenceIds);
        history = List.copyOf(history);
    }

    /** The same submission again (a retry), as opposed to a different lead under a used id. */
    public boolean wasSubmittedAs(LeadSubmission request, String requestingMsp) {
        return senderMsp.equals(requestingMsp) && receiverMsp.equals(request.receiverMsp())
                && evidenceIds.equals(request.evidenceIds()) && summaryDigest.equals(request.summaryDigest());
    }

    public Lead moveTo(LeadStatus next, String newOutcome, StatusChange change) {
        List<StatusChange> longer = new ArrayList<>(history);
        longer.add(change);
        return new Lead(schemaVersion, leadId, senderMsp, receiverMsp, evidenceIds, summaryDigest, next,
                newOutcome, longer);
    }
}
