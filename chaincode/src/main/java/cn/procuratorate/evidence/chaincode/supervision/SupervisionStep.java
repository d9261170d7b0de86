package cn.procuratorate.evidence.chaincode.supervision;

import static cn.procuratorate.evidence.ledger.model.SupervisionStatus.ESCALATED;
import static cn.procuratorate.evidence.ledger.model.SupervisionStatus.EVALUATED;
import static cn.procuratorate.evidence.ledger.model.SupervisionStatus.ISSUED;
import static cn.procuratorate.evidence.ledger.model.SupervisionStatus.OVERDUE;
import static cn.procuratorate.evidence.ledger.model.SupervisionStatus.RESPONDED;

import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.LedgerRefusal;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionStatus;
import java.util.EnumSet;
import java.util.Set;

/**
 * The supervision state machine: each step, the statuses it may start from, where it leads and
 * the event it emits. CLOSED is reached by {@link #CLOSE} and left by nothing.
 */
enum SupervisionStep {
    /** The target answers; also late (after OVERDUE) and after an escalation. */
    RESPOND(SupervisionStatus.RESPONDED, LedgerEvents.SUPERVISION_RESPONDED, ISSUED, OVERDUE, ESCALATED),
    MARK_OVERDUE(SupervisionStatus.OVERDUE, LedgerEvents.SUPERVISION_OVERDUE, ISSUED),
    EVALUATE(SupervisionStatus.EVALUATED, LedgerEvents.SUPERVISION_EVALUATED, RESPONDED),
    CLOSE(SupervisionStatus.CLOSED, LedgerEvents.SUPERVISION_CLOSED, EVALUATED, OVERDUE, ESCALATED),
    /** Further action after no answer or an unsatisfying one. */
    ESCALATE(SupervisionStatus.ESCALATED, LedgerEvents.SUPERVISION_ESCALATED, EVALUATED, OVERDUE);

    private final SupervisionStatus leadsTo;
    private final String eventName;
    private final Set<SupervisionStatus> allowedFrom;

    SupervisionStep(SupervisionStatus leadsTo, String eventName, SupervisionStatus first, SupervisionStatus... rest) {
        this.leadsTo = leadsTo;
        this.eventName = eventName;
        this.allowedFrom = EnumSet.of(first, rest);
    }

    SupervisionStatus leadsTo() {
        return leadsTo;
    }

    String eventName() {
        return eventName;
    }

    /** Refuses with INVALID_TRANSITION unless the step may start from the supervision's status. */
    void requireAllowedFor(Supervision supervision) {
        if (!allowedFrom.contains(supervision.status())) {
            throw new LedgerRefusal(ErrorCode.INVALID_TRANSITION, "supervision " + supervision.supervisionId() + " is "
                    + supervision.status() + "; " + name() + " is allowed from " + allowedFrom + " only");
        }
    }
}
