package cn.procuratorate.evidence.workflow.supervision;

import java.time.Instant;

/**
 * The ledger's answer to an issue: its transaction id and the reply deadline it computed, which
 * is the deadline that counts (the engine's own clock only schedules the timers).
 */
public record IssuedSupervision(String txId, Instant replyDueAt) {
}
