package cn.procuratorate.evidence.workflow.notice;

/**
 * Tells the node's own users about deadlines (e-mail, SMS, the task list — the node decides).
 * Reminders go out before a deadline, escalations after it or when a matter is escalated.
 */
public interface Notifier {

    void remind(DeadlineNotice notice);

    void escalate(DeadlineNotice notice);
}
