package cn.procuratorate.evidence.workflow.supervision;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.ESCALATION_REASON;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.ESCALATION_TX_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVALUATED_BY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVALUATION_NOTE;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUPERVISION_ID;

import cn.procuratorate.evidence.workflow.support.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Issuer: escalates a supervision whose answer did not satisfy; the evaluation note is the reason. */
public class EscalateSupervisionOnLedgerDelegate implements JavaDelegate {

    private final SupervisionLedger ledger;

    public EscalateSupervisionOnLedgerDelegate(SupervisionLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reason = Variables.stringOr(execution, EVALUATION_NOTE, "the answer was judged not satisfactory");
        String txId = ledger.escalate(
                Variables.requireString(execution, SUPERVISION_ID),
                reason,
                Variables.requireString(execution, EVALUATED_BY));
        execution.setVariable(ESCALATION_REASON, reason);
        execution.setVariable(ESCALATION_TX_ID, txId);
    }
}
