package cn.procuratorate.evidence.ledger.client;

import static cn.procuratorate.evidence.ledger.model.SupervisionStatus.ESCALATED;
import static cn.procuratorate.evidence.ledger.model.SupervisionStatus.EVALUATED;
import static cn.procuratorate.evidence.ledger.model.SupervisionStatus.ISSUED;
import static cn.procuratorate.evidence.ledger.model.SupervisionStatus.OVERDUE;
import static cn.procuratorate.evidence.ledger.model.SupervisionStatus.RESPONDED;

import cn.procuratorate.evidence.ledger.model.StatusChange;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionIssue;
import cn.procuratorate.evidence.ledger.model.SupervisionStatus;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recognises in a supervision's history a step that a request would repeat, and names the
 * transaction that took it. Answers, evaluations and escalations can recur (answer, unsatisfying
 * evaluation, escalation, answer again), so each looks at its latest step only, and only while
 * no later step has opened the way to a new one; the "reopened by" sets are the statuses the
 * chaincode lets that step start from.
 */
final class SupervisionHistory {

    private SupervisionHistory() {}

    /** The same supervision issued by our agency before: the chaincode would treat it as a no-op. */
    static Optional<String> issued(Supervision supervision, SupervisionIssue issue, String ourMsp) {
        if (!supervision.wasIssuedAs(issue, ourMsp)) {
            return Optional.empty();
        }
        return standing(supervision, ISSUED).map(StatusChange::txId);
    }

    /** This answer (the digest the record now holds) from this user of ours, in the current round. */
    static Optional<String> responded(Supervision supervision, String responseDigest, String ourMsp,
            String respondedBy) {
        if (!responseDigest.equals(supervision.responseDigest())) {
            return Optional.empty();
        }
        return standing(supervision, RESPONDED, ISSUED, OVERDUE, ESCALATED)
                .filter(change -> change.actorMsp().equals(ourMsp) && respondedBy.equals(change.actorUser()))
                .map(StatusChange::txId);
    }

    /** Overdue is a fact, not a decision: whichever agency marked it, it is marked. */
    static Optional<String> markedOverdue(Supervision supervision) {
        if (!supervision.overdue()) {
            return Optional.empty();
        }
        return standing(supervision, OVERDUE).map(StatusChange::txId);
    }

    static Optional<String> evaluated(Supervision supervision, boolean satisfied, String reason, String ourMsp,
            String evaluatedBy) {
        if (!Boolean.valueOf(satisfied).equals(supervision.satisfied())) {
            return Optional.empty();
        }
        return standing(supervision, EVALUATED, RESPONDED)
                .filter(change -> StepHistory.takenBy(change, ourMsp, evaluatedBy, reason))
                .map(StatusChange::txId);
    }

    static Optional<String> closed(Supervision supervision, String reason, String ourMsp, String closedBy) {
        return standing(supervision, SupervisionStatus.CLOSED)
                .filter(change -> StepHistory.takenBy(change, ourMsp, closedBy, reason))
                .map(StatusChange::txId);
    }

    static Optional<String> escalated(Supervision supervision, String reason, String ourMsp, String escalatedBy) {
        return standing(supervision, ESCALATED, EVALUATED, OVERDUE)
                .filter(change -> StepHistory.takenBy(change, ourMsp, escalatedBy, reason))
                .map(StatusChange::txId);
    }

    private static Optional<StatusChange> standing(Supervision supervision, SupervisionStatus status,
            SupervisionStatus... reopenedBy) {
        Set<String> reopening = Arrays.stream(reopenedBy).map(Enum::name).collect(Collectors.toSet());
        return StepHistory.standing(supervision.history(), status.name(), reopening);
    }
}
