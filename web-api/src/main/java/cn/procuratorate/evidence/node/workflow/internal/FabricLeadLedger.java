package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadSubmission;
import cn.procuratorate.evidence.workflow.lead.LeadLedger;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflow's lead port over the ledger client's retry-safe transitions. The port and the
 * client order their arguments differently (the port puts the reason first, the chaincode the
 * deciding user), and the outcome has a detail the processes do not collect: both are settled here.
 * Failures go to the engine, which retries the job; a retry finds an earlier commit instead of
 * submitting twice.
 */
final class FabricLeadLedger implements LeadLedger {

  private static final Logger log = LoggerFactory.getLogger(FabricLeadLedger.class);

  private final LeadTransitions ledger;

  FabricLeadLedger(LeadTransitions ledger) {
    this.ledger = ledger;
  }

  @Override
  public String submitLead(String leadId, String receiverMsp, List<String> evidenceIds, String summaryDigest,
      String submittedBy) {
    return logged("submitLead", leadId,
        ledger.submit(new LeadSubmission(leadId, receiverMsp, evidenceIds, summaryDigest, submittedBy)));
  }

  @Override
  public String acceptLead(String leadId, String reason, String decidedBy) {
    return logged("acceptLead", leadId, ledger.accept(leadId, decidedBy, reason == null ? "" : reason));
  }

  @Override
  public String rejectLead(String leadId, String reason, String decidedBy) {
    return logged("rejectLead", leadId, ledger.reject(leadId, decidedBy, reason));
  }

  @Override
  public String recordLeadOutcome(String leadId, String outcome, String recordedBy) {
    return logged("recordLeadOutcome", leadId, ledger.recordOutcome(leadId, outcome, "", recordedBy));
  }

  private static String logged(String step, String leadId, Committed<Lead> committed) {
    log.info("{} {}: tx {} in block {}", step, leadId, committed.transactionId(), committed.blockNumber());
    return committed.transactionId();
  }
}
