package cn.procuratorate.evidence.workflow.supervision;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.ANSWERED_BY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.APPROVED_BY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.RESPONSE_DIGEST;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.RESPONSE_TX_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUPERVISION_ID;

import cn.procuratorate.evidence.workflow.support.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Target agency: sends the approved answer through the ledger, with who drafted and who
 * approved it.
 */
public class RecordAnswerOnLedgerDelegate implements JavaDelegate {

    private final SupervisionLedger ledger;

    public RecordAnswerOnLedgerDelegate(SupervisionLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String txId = ledger.respond(
                Variables.requireString(execution, SUPERVISION_ID),
                Variables.requireString(execution, RESPONSE_DIGEST),
                Variables.requireString(execution, ANSWERED_BY),
                Variables.requireString(execution, APPROVED_BY));
        execution.setVariable(RESPONSE_TX_ID, txId);
    }
}
