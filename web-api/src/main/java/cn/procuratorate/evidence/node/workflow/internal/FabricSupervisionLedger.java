package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.ledger.client.Committed;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionIssue;
import cn.procuratorate.evidence.ledger.model.SupervisionKind;
import cn.procuratorate.evidence.workflow.supervision.IssuedSupervision;
import cn.procuratorate.evidence.workflow.supervision.SupervisionLedger;
import cn.procuratorate.evidence.workflow.supervision.SupervisionToIssue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workflow's supervision port over the ledger client's retry-safe transitions. The ledger
 * keeps one user per step: an answer goes on it under the user who drafted it, and who approved
 * it stays in this node's engine (its history and the {@code approvedBy} variable).
 */
final class FabricSupervisionLedger implements SupervisionLedger {

  private static final Logger log = LoggerFactory.getLogger(FabricSupervisionLedger.class);

  private final SupervisionTransitions ledger;

  FabricSupervisionLedger(SupervisionTransitions ledger) {
    this.ledger = ledger;
  }

  @Override
  public IssuedSupervision issue(SupervisionToIssue s) {
    Committed<Supervision> issued = ledger.issue(new SupervisionIssue(s.supervisionId(), s.targetMsp(),
        SupervisionKind.valueOf(s.kind()), s.evidenceIds(), s.subjectDigest(), s.replyWithin(), s.issuedBy()));
    logged("issueSupervision", s.supervisionId(), issued);
    return new IssuedSupervision(issued.transactionId(), issued.value().replyDueAt());
  }

  @Override
  public String respond(String supervisionId, String responseDigest, String answeredBy, String approvedBy) {
    return logged("respondSupervision", supervisionId, ledger.respond(supervisionId, responseDigest, answeredBy));
  }

  @Override
  public String markOverdue(String supervisionId) {
    return logged("markOverdue", supervisionId, ledger.markOverdue(supervisionId));
  }

  @Override
  public String evaluate(String supervisionId, boolean satisfied, String note, String evaluatedBy) {
    return logged("evaluateSupervision", supervisionId,
        ledger.evaluate(supervisionId, satisfied, note == null ? "" : note, evaluatedBy));
  }

  @Override
  public String close(String supervisionId, String closedBy) {
    return logged("closeSupervision", supervisionId, ledger.close(supervisionId, "", closedBy));
  }

  @Override
  public String escalate(String supervisionId, String reason, String escalatedBy) {
    return logged("escalateSupervision", supervisionId, ledger.escalate(supervisionId, reason, escalatedBy));
  }

  private static String logged(String step, String supervisionId, Committed<Supervision> committed) {
    log.info("{} {}: tx {} in block {}", step, supervisionId, committed.transactionId(),
        committed.blockNumber());
    return committed.transactionId();
  }
}
