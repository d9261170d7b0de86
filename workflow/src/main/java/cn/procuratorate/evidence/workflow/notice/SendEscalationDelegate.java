package cn.procuratorate.evidence.workflow.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Any escalation task; configured by input parameters like {@link SendReminderDelegate}. */
public class SendEscalationDelegate implements JavaDelegate {

    private final Notifier notifier;

    public SendEscalationDelegate(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifier.escalate(Notices.from(execution));
    }
}
