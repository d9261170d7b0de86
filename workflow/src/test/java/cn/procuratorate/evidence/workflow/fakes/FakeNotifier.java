package cn.procuratorate.evidence.workflow.fakes;

import cn.procuratorate.evidence.workflow.notice.DeadlineNotice;
import cn.procuratorate.evidence.workflow.notice.Notifier;
import java.util.ArrayList;
import java.util.List;

public class FakeNotifier implements Notifier {

    private final List<DeadlineNotice> reminders = new ArrayList<>();
    private final List<DeadlineNotice> escalations = new ArrayList<>();

    public synchronized void reset() {
        reminders.clear();
        escalations.clear();
    }

    public synchronized List<DeadlineNotice> reminders() {
        return List.copyOf(reminders);
    }

    public synchronized List<DeadlineNotice> escalations() {
        return List.copyOf(escalations);
    }

    @Override
    public synchronized void remind(DeadlineNotice notice) {
        reminders.add(notice);
    }

    @Override
    public synchronized void escalate(DeadlineNotice notice) {
        escalations.add(notice);
    }
}
