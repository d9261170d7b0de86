package cn.procuratorate.evidence.workflow.lead;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.DECISION_REASON;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.DECISION_TX_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.LEAD_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.REVIEWED_BY;

import cn.procuratorate.evidence.workflow.support.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Receiver: records the rejection, its reason and who rejected, on the ledger. */
public class RejectLeadOnLedgerDelegate implements JavaDelegate {

    private final LeadLedger ledger;

    public RejectLeadOnLedgerDelegate(LeadLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String txId = ledger.rejectLead(
                Variables.requireString(execution, LEAD_ID),
                Variables.requireString(execution, DECISION_REASON),
                Variables.requireString(execution, REVIEWED_BY));
        execution.setVariable(DECISION_TX_ID, txId);
    }
}
