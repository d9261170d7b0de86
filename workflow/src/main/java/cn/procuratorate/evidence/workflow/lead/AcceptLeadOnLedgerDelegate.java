package cn.procuratorate.evidence.workflow.lead;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.DECISION_REASON;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.DECISION_TX_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.LEAD_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.REVIEWED_BY;

import cn.procuratorate.evidence.workflow.support.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Receiver: records the prosecutor's acceptance, and who accepted, on the ledger. */
public class AcceptLeadOnLedgerDelegate implements JavaDelegate {

    private final LeadLedger ledger;

    public AcceptLeadOnLedgerDelegate(LeadLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String txId = ledger.acceptLead(
                Variables.requireString(execution, LEAD_ID),
                Variables.stringOr(execution, DECISION_REASON, ""),
                Variables.requireString(execution, REVIEWED_BY));
        execution.setVariable(DECISION_TX_ID, txId);
    }
}
