package cn.procuratorate.evidence.workflow.lead;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.FEEDBACK_DUE_AT;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.FEEDBACK_REMIND_AT;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.FEEDBACK_REMIND_BEFORE;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.FEEDBACK_WITHIN;

import cn.procuratorate.evidence.workflow.deadline.Deadline;
import cn.procuratorate.evidence.workflow.deadline.DeadlineRules;
import cn.procuratorate.evidence.workflow.deadline.IsoDurations;
import cn.procuratorate.evidence.workflow.support.Variables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Sender: fixes when the receiver's feedback is due, counted from the submission, and when to
 * remind. The times are stored as dates so that Cockpit and the API show them as such.
 */
public class PlanFeedbackDeadlineDelegate implements JavaDelegate {

    private final DeadlineRules rules;

    public PlanFeedbackDeadlineDelegate(DeadlineRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline defaults = rules.leadFeedback();
        String within = Variables.stringOr(execution, FEEDBACK_WITHIN, defaults.within());
        String remindBefore = Variables.stringOr(execution, FEEDBACK_REMIND_BEFORE, defaults.remindBefore());
        // The engine's clock, not the JVM's, so that timers and tests agree on "now".
        Date dueAt = IsoDurations.plus(ClockUtil.getCurrentTime(), within);
        execution.setVariable(FEEDBACK_WITHIN, within);
        execution.setVariable(FEEDBACK_REMIND_BEFORE, remindBefore);
        execution.setVariable(FEEDBACK_DUE_AT, dueAt);
        execution.setVariable(FEEDBACK_REMIND_AT, IsoDurations.minus(dueAt, remindBefore));
    }
}
