package cn.procuratorate.evidence.workflow.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Any reminder task: whom to tell and about what come from the task's input parameters
 * ({@code noticeTopic}, {@code noticeToUser}, {@code noticeToRole}, {@code noticeDueAt}), so one
 * delegate serves every reminder of every process.
 */
public class SendReminderDelegate implements JavaDelegate {

    private final Notifier notifier;

    public SendReminderDelegate(Notifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notifier.remind(Notices.from(execution));
    }
}
