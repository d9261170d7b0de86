package cn.procuratorate.evidence.workflow.supervision;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.ANSWER_SATISFACTORY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVALUATED_BY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVALUATION_NOTE;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVALUATION_TX_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUPERVISION_ID;

import cn.procuratorate.evidence.workflow.support.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Issuer: records the prosecutor's judgement of the answer, and who judged, on the ledger. */
public class RecordEvaluationOnLedgerDelegate implements JavaDelegate {

    private final SupervisionLedger ledger;

    public RecordEvaluationOnLedgerDelegate(SupervisionLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String txId = ledger.evaluate(
                Variables.requireString(execution, SUPERVISION_ID),
                Variables.requireBoolean(execution, ANSWER_SATISFACTORY),
                Variables.stringOr(execution, EVALUATION_NOTE, ""),
                Variables.requireString(execution, EVALUATED_BY));
        execution.setVariable(EVALUATION_TX_ID, txId);
    }
}
