package cn.procuratorate.evidence.workflow.lead;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.LEAD_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.LEAD_OUTCOME;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.OUTCOME_REPORTED_BY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.OUTCOME_TX_ID;

import cn.procuratorate.evidence.workflow.support.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Receiver: reports what came of an accepted lead back to the sender, through the ledger. */
public class RecordLeadOutcomeOnLedgerDelegate implements JavaDelegate {

    private final LeadLedger ledger;

    public RecordLeadOutcomeOnLedgerDelegate(LeadLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String txId = ledger.recordLeadOutcome(
                Variables.requireString(execution, LEAD_ID),
                Variables.requireString(execution, LEAD_OUTCOME),
                Variables.requireString(execution, OUTCOME_REPORTED_BY));
        execution.setVariable(OUTCOME_TX_ID, txId);
    }
}
