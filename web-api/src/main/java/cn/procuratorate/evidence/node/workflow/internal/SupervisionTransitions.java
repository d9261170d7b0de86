package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.client.IdempotentSupervisionLedger;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionIssue;

/** The retry-safe supervision transitions of the ledger client; see {@link LeadTransitions}. */
interface SupervisionTransitions {

  Committed<Supervision> issue(SupervisionIssue issue);

  Committed<Supervision> respond(String supervisionId, String responseDigest, String respondedBy);

  Committed<Supervision> markOverdue(String supervisionId);

  Committed<Supervision> evaluate(String supervisionId, boolean satisfied, String reason, String evaluatedBy);

  Committed<Supervision> close(String supervisionId, String reason, String closedBy);

  Committed<Supervision> escalate(String supervisionId, String reason, String escalatedBy);

  static SupervisionTransitions over(IdempotentSupervisionLedger ledger) {
    return new SupervisionTransitions() {
      @Override
      public Committed<Supervision> issue(SupervisionIssue issue) {
        return ledger.issue(issue);
      }

      @Override
      public Committed<Supervision> respond(String supervisionId, String responseDigest, String respondedBy) {
        return ledger.respond(supervisionId, responseDigest, respondedBy);
      }

      @Override
      public Committed<Supervision> markOverdue(String supervisionId) {
        return ledger.markOverdue(supervisionId);
      }

      @Override
      public Committed<Supervision> evaluate(String supervisionId, boolean satisfied, String reason,
          String evaluatedBy) {
        return ledger.evaluate(supervisionId, satisfied, reason, evaluatedBy);
      }

      @Override
      public Committed<Supervision> close(String supervisionId, String reason, String closedBy) {
        return ledger.close(supervisionId, reason, closedBy);
      }

      @Override
      public Committed<Supervision> escalate(String supervisionId, String reason, String escalatedBy) {
        return ledger.escalate(supervisionId, reason, escalatedBy);
      }
    };
  }
}
