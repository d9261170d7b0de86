package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadStatus;
import cn.procuratorate.evidence.ledger.model.LeadSubmission;
import cn.procuratorate.evidence.ledger.model.StatusChange;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises in a lead's history a step that a request would repeat, and names the transaction
 * that took it. Every lead status is reached at most once, so a match is unambiguous.
 */
final class LeadHistory {

    private LeadHistory() {}

    /** The same lead submitted by our agency before: the chaincode would treat it as a no-op. */
    static Optional<String> submitted(Lead lead, LeadSubmission submission, String ourMsp) {
        if (!lead.wasSubmittedAs(submission, ourMsp)) {
            return Optional.empty();
        }
        return step(lead, LeadStatus.SUBMITTED).map(StatusChange::txId);
    }

    /** Accepted or rejected by this user of ours with this reason; another decision does not match. */
    static Optional<String> decided(Lead lead, LeadStatus decision, String ourMsp, String decidedBy, String reason) {
        return step(lead, decision)
                .filter(change -> StepHistory.takenBy(change, ourMsp, decidedBy, reason))
                .map(StatusChange::txId);
    }

    static Optional<String> concluded(Lead lead, String outcome, String detail, String ourMsp, String recordedBy) {
        if (!outcome.equals(lead.outcome())) {
            return Optional.empty();
        }
        return step(lead, LeadStatus.CONCLUDED)
                .filter(change -> StepHistory.takenBy(change, ourMsp, recordedBy, detail))
                .map(StatusChange::txId);
    }

    private static Optional<StatusChange> step(Lead lead, LeadStatus status) {
        return StepHistory.standing(lead.history(), status.name(), Set.of());
    }
}
