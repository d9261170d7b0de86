package cn.procuratorate.evidence.workflow.supervision;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.REPLY_REMIND_BEFORE;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.REPLY_WITHIN;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUPERVISION_KIND;

import cn.procuratorate.evidence.workflow.deadline.Deadline;
import cn.procuratorate.evidence.workflow.deadline.DeadlineRules;
import cn.procuratorate.evidence.workflow.deadline.IsoDurations;
import cn.procuratorate.evidence.workflow.support.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Both sides: fills in the reply period and the reminder offset from the node's rules for the
 * supervision's kind, unless the start gave them (a prosecutor may set a shorter period where the
 * law allows; tests shorten them to seconds).
 */
public class ApplyReplyPeriodRulesDelegate implements JavaDelegate {

    private final DeadlineRules rules;

    public ApplyReplyPeriodRulesDelegate(DeadlineRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Deadline defaults = rules.supervision(Variables.requireString(execution, SUPERVISION_KIND));
        execution.setVariable(REPLY_WITHIN, IsoDurations.requirePositive(REPLY_WITHIN,
                Variables.stringOr(execution, REPLY_WITHIN, defaults.within())));
        execution.setVariable(REPLY_REMIND_BEFORE, IsoDurations.requirePositive(REPLY_REMIND_BEFORE,
                Variables.stringOr(execution, REPLY_REMIND_BEFORE, defaults.remindBefore())));
    }
}
