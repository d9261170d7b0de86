package cn.procuratorate.evidence.ledger.client;

import cn.procuratorate.evidence.ledger.model.StatusChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, in a record's history, the step that a retried request would repeat.
 *
 * <p>Some steps happen more than once in a record's life (a supervision is answered again after
 * an escalation). Only the latest such step can be the one a retry repeats, and only while no
 * later step has opened the way to taking it anew: after "ESCALATED", an answer from before the
 * escalation is an answer to the earlier round, and a new one is due.
 */
final class StepHistory {

    private StepHistory() {}

    /**
     * The latest step that led to {@code status}, unless a later step led to one of
     * {@code reopenedBy}.
     */
    static Optional<StatusChange> standing(List<StatusChange> history, String status, Set<String> reopenedBy) {
        for (int i = history.size() - 1; i >= 0; i--) {
            StatusChange change = history.get(i);
            if (change.status().equals(status)) {
                return Optional.of(change);
            }
            if (reopenedBy.contains(change.status())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether a step was taken by this agency's user with this reason: the same decision. */
    static boolean takenBy(StatusChange change, String actorMsp, String actorUser, String reason) {
        return change.actorMsp().equals(actorMsp) && Objects.equals(change.actorUser(), actorUser)
                && Objects.equals(change.reason(), reason);
    }
}
