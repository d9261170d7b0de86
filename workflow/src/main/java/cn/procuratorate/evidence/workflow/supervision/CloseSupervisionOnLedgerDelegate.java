package cn.procuratorate.evidence.workflow.supervision;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.CLOSE_TX_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVALUATED_BY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUPERVISION_ID;

import cn.procuratorate.evidence.workflow.support.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Issuer: closes a supervision whose answer satisfied the evaluating prosecutor. */
public class CloseSupervisionOnLedgerDelegate implements JavaDelegate {

    private final SupervisionLedger ledger;

    public CloseSupervisionOnLedgerDelegate(SupervisionLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String txId = ledger.close(
                Variables.requireString(execution, SUPERVISION_ID),
                Variables.requireString(execution, EVALUATED_BY));
        execution.setVariable(CLOSE_TX_ID, txId);
    }
}
