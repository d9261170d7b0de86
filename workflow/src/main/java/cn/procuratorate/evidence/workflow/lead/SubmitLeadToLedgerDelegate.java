package cn.procuratorate.evidence.workflow.lead;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVIDENCE_IDS;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.LEAD_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.RECEIVER_MSP;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUBMITTED_BY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUBMIT_TX_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUMMARY_DIGEST;

import cn.procuratorate.evidence.workflow.support.EvidenceIds;
import cn.procuratorate.evidence.workflow.support.Variables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Sender: hands the lead to the receiving agency through the ledger. */
public class SubmitLeadToLedgerDelegate implements JavaDelegate {

    private final LeadLedger ledger;

    public SubmitLeadToLedgerDelegate(LeadLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String txId = ledger.submitLead(
                Variables.requireString(execution, LEAD_ID),
                Variables.requireString(execution, RECEIVER_MSP),
                EvidenceIds.split(Variables.optionalString(execution, EVIDENCE_IDS)),
                Variables.stringOr(execution, SUMMARY_DIGEST, ""),
                Variables.requireString(execution, SUBMITTED_BY));
        execution.setVariable(SUBMIT_TX_ID, txId);
    }
}
