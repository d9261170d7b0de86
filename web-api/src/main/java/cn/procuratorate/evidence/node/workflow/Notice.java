package cn.procuratorate.evidence.node.workflow;

import java.time.Instant;

/**
 * A reminder or escalation a process sent to the node's users, as kept on the notice board.
 *
 * @param kind {@code REMINDER} (before a deadline) or {@code ESCALATION} (after it, or a matter escalated)
 * @param toUser the user told, or null
 * @param toRole the process group told, or null
 */
public record Notice(
    long id,
    String kind,
    String processKey,
    String businessKey,
    String topic,
    String toUser,
    String toRole,
    Instant dueAt,
    Instant createdAt) {}
