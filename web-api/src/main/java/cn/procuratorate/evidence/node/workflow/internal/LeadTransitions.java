package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.client.IdempotentLeadLedger;
import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadSubmission;

/**
 * The retry-safe lead transitions of the ledger client, as an interface of our own: the client's
 * class is final and made by the connection only, and the port adapter's tests need a fake.
 */
interface LeadTransitions {

  Committed<Lead> submit(LeadSubmission submission);

  Committed<Lead> accept(String leadId, String decidedBy, String reason);

  Committed<Lead> reject(String leadId, String decidedBy, String reason);

  Committed<Lead> recordOutcome(String leadId, String outcome, String detail, String recordedBy);

  static LeadTransitions over(IdempotentLeadLedger ledger) {
    return new LeadTransitions() {
      @Override
      public Committed<Lead> submit(LeadSubmission submission) {
        return ledger.submit(submission);
      }

      @Override
      public Committed<Lead> accept(String leadId, String decidedBy, String reason) {
        return ledger.accept(leadId, decidedBy, reason);
      }

      @Override
      public Committed<Lead> reject(String leadId, String decidedBy, String reason) {
        return ledger.reject(leadId, decidedBy, reason);
      }

      @Override
      public Committed<Lead> recordOutcome(String leadId, String outcome, String detail, String recordedBy) {
        return ledger.recordOutcome(leadId, outcome, detail, recordedBy);
      }
    };
  }
}
