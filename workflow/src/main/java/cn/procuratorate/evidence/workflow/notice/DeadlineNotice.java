package cn.procuratorate.evidence.workflow.notice;

import java.time.Instant;

/**
 * One reminder or escalation.
 *
 * @param processKey  which workflow it comes from
 * @param businessKey the lead or supervision id
 * @param topic       one of {@code WorkflowNames.Topics}
 * @param toUser      the user to tell, or null
 * @param toRole      the role to tell, or null (at least one of user and role is given)
 * @param dueAt       the deadline concerned, or null
 */
public record DeadlineNotice(
        String processKey,
        String businessKey,
        String topic,
        String toUser,
        String toRole,
        Instant dueAt) {
}
