package cn.procuratorate.evidence.workflow.supervision;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.REPLY_DUE_AT;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.REPLY_REMIND_AT;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.REPLY_REMIND_BEFORE;

import cn.procuratorate.evidence.workflow.deadline.IsoDurations;
import cn.procuratorate.evidence.workflow.support.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Both sides: the reminder goes out a fixed time before the ledger's reply deadline. Counting back
 * from the ledger's deadline (not forward from the engine's clock) keeps both agencies' reminders
 * and the ledger's overdue check on the same instant.
 */
public class PlanReplyReminderDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(REPLY_REMIND_AT, IsoDurations.minus(
                Variables.requireDate(execution, REPLY_DUE_AT),
                Variables.requireString(execution, REPLY_REMIND_BEFORE)));
    }
}
