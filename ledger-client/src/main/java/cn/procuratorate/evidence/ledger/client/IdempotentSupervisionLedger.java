package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionIssue;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The supervision transitions, idempotent by supervision id and transition: what a workflow task
 * calls, and calls again when it did not see the outcome. When the supervision's history shows
 * the step this call asks for in the current round (same agency, same user, same decision), the
 * answer is the transaction that took it, and nothing is submitted; after a lost commit status
 * the transaction is reconciled, not resubmitted (see {@link IdempotentTransition}).
 *
 * <p>A repeated {@link #issue} answers with the first issue's transaction and the reply deadline
 * the ledger computed then, so the deadline never moves because of a retry.
 */
public final class IdempotentSupervisionLedger {
    private final SupervisionLedgerContract supervisions;
    private final String ourMsp;
    private final IdempotentTransition transition;

    IdempotentSupervisionLedger(SupervisionLedgerContract supervisions, String ourMsp,
            IdempotentTransition transition) {
        this.supervisions = supervisions;
        this.ourMsp = ourMsp;
        this.transition = transition;
    }

    public Committed<Supervision> issue(SupervisionIssue issue) {
        issue.validated();
        return run(issue.supervisionId(), s -> SupervisionHistory.issued(s, issue, ourMsp),
                () -> supervisions.issue(issue));
    }

    public Committed<Supervision> respond(String supervisionId, String responseDigest, String respondedBy) {
        SupervisionLedgerContract.checkRespond(supervisionId, responseDigest, respondedBy);
        return run(supervisionId, s -> SupervisionHistory.responded(s, responseDigest, ourMsp, respondedBy),
                () -> supervisions.respond(supervisionId, responseDigest, respondedBy));
    }

    /** Answers with whichever agency's transaction marked it, as the chaincode treats marking again as a no-op. */
    public Committed<Supervision> markOverdue(String supervisionId) {
        LedgerInput.requireId("supervisionId", supervisionId);
        return run(supervisionId, SupervisionHistory::markedOverdue, () -> supervisions.markOverdue(supervisionId));
    }

    public Committed<Supervision> evaluate(String supervisionId, boolean satisfied, String reason,
            String evaluatedBy) {
        SupervisionLedgerContract.checkEvaluate(supervisionId, reason, evaluatedBy);
        return run(supervisionId, s -> SupervisionHistory.evaluated(s, satisfied, reason, ourMsp, evaluatedBy),
                () -> supervisions.evaluate(supervisionId, satisfied, reason, evaluatedBy));
    }

    public Committed<Supervision> close(String supervisionId, String reason, String closedBy) {
        SupervisionLedgerContract.checkClose(supervisionId, reason, closedBy);
        return run(supervisionId, s -> SupervisionHistory.closed(s, reason, ourMsp, closedBy),
                () -> supervisions.close(supervisionId, reason, closedBy));
    }

    public Committed<Supervision> escalate(String supervisionId, String reason, String escalatedBy) {
        SupervisionLedgerContract.checkEscalate(supervisionId, reason, escalatedBy);
        return run(supervisionId, s -> SupervisionHistory.escalated(s, reason, ourMsp, escalatedBy),
                () -> supervisions.escalate(supervisionId, reason, escalatedBy));
    }

    public Optional<Supervision> get(String supervisionId) {
        return supervisions.get(supervisionId);
    }

    private Committed<Supervision> run(String supervisionId, Function<Supervision, Optional<String>> takenIn,
            Supplier<Committed<Supervision>> submit) {
        return transition.run(IdempotentTransition.step(() -> supervisions.get(supervisionId), takenIn, submit));
    }
}
