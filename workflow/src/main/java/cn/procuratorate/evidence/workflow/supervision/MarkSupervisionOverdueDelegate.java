package cn.procuratorate.evidence.workflow.supervision;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.OVERDUE_TX_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUPERVISION_ID;

import cn.procuratorate.evidence.workflow.support.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Issuer: the reply deadline passed without an answer; this goes on the ledger so that the
 * target agency sees it too.
 */
public class MarkSupervisionOverdueDelegate implements JavaDelegate {

    private final SupervisionLedger ledger;

    public MarkSupervisionOverdueDelegate(SupervisionLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String txId = ledger.markOverdue(Variables.requireString(execution, SUPERVISION_ID));
        execution.setVariable(OVERDUE_TX_ID, txId);
    }
}
