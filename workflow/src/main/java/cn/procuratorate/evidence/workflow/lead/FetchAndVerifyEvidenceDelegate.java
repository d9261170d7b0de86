package cn.procuratorate.evidence.workflow.lead;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVIDENCE_IDS;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVIDENCE_REPORT;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVIDENCE_VERIFIED;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SENDER_MSP;

import cn.procuratorate.evidence.workflow.evidence.EvidenceCheck;
import cn.procuratorate.evidence.workflow.evidence.EvidenceExchange;
import cn.procuratorate.evidence.workflow.support.EvidenceIds;
import cn.procuratorate.evidence.workflow.support.Variables;
import java.util.StringJoiner;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Receiver: fetches every evidence item of the lead from the sender and checks it against the
 * ledger before anyone reviews the lead, so that the reviewer decides on verified bytes only.
 */
public class FetchAndVerifyEvidenceDelegate implements JavaDelegate {

    private final EvidenceExchange exchange;

    public FetchAndVerifyEvidenceDelegate(EvidenceExchange exchange) {
        this.exchange = exchange;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String owner = Variables.requireString(execution, SENDER_MSP);
        boolean allVerified = true;
        StringJoiner report = new StringJoiner("\n");
        for (String evidenceId : EvidenceIds.split(Variables.optionalString(execution, EVIDENCE_IDS))) {
            EvidenceCheck check = exchange.fetchAndVerify(evidenceId, owner);
            allVerified &= check.verified();
            report.add(evidenceId + ": " + (check.verified() ? "verified" : "NOT VERIFIED") + " - " + check.detail());
        }
        execution.setVariable(EVIDENCE_VERIFIED, allVerified);
        execution.setVariable(EVIDENCE_REPORT, report.toString());
    }
}
