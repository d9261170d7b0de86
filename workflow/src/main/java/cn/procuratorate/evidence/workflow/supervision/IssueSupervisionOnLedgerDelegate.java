package cn.procuratorate.evidence.workflow.supervision;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVIDENCE_IDS;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.ISSUED_BY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.ISSUE_TX_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.REPLY_DUE_AT;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.REPLY_WITHIN;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUBJECT_DIGEST;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUPERVISION_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUPERVISION_KIND;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.TARGET_MSP;

import cn.procuratorate.evidence.workflow.support.EvidenceIds;
import cn.procuratorate.evidence.workflow.support.Variables;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Issuer: puts the supervision on the ledger and keeps the reply deadline the ledger computed,
 * which is the one that counts.
 */
public class IssueSupervisionOnLedgerDelegate implements JavaDelegate {

    private final SupervisionLedger ledger;

    public IssueSupervisionOnLedgerDelegate(SupervisionLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IssuedSupervision issued = ledger.issue(new SupervisionToIssue(
                Variables.requireString(execution, SUPERVISION_ID),
                Variables.requireString(execution, TARGET_MSP),
                Variables.requireString(execution, SUPERVISION_KIND),
                EvidenceIds.split(Variables.optionalString(execution, EVIDENCE_IDS)),
                Variables.stringOr(execution, SUBJECT_DIGEST, ""),
                Variables.requireString(execution, REPLY_WITHIN),
                Variables.requireString(execution, ISSUED_BY)));
        execution.setVariable(ISSUE_TX_ID, issued.txId());
        execution.setVariable(REPLY_DUE_AT, Date.from(issued.replyDueAt()));
    }
}
