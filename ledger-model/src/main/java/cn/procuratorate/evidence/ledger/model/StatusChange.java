package cn.procuratorate.evidence.ledger.model;

import java.time.Instant;

/**
 * One step of a lead's or a supervision's state machine, kept in the record itself so that the
 * record carries its full history.
 *
 * @param status    the status the step led to
 * @param actorUser the acting agency's user who took the step (a decision is recorded with who made it)
 * @param reason    why, when the step has a reason; empty otherwise
 */
public record StatusChange(
        String status,
        String actorMsp,
        String actorUser,
        String reason,
        String txId,
        Instant at) {
}
