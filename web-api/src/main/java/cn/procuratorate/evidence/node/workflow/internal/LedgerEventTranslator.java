package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.ledger.client.DeliveredEvent;
import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.StatusChange;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotice;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotices;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a chaincode event into the notice the workflow router understands, for the eight events a
 * process reacts to; every other event (evidence custody, agencies) is none of the workflow's
 * business. Who took a step and why come from the record's history entry of this very
 * transaction, so a replayed event carries what was true then, not what is true now.
 */
final class LedgerEventTranslator {

  static final Set<String> WORKFLOW_EVENTS = Set.of(LedgerEvents.LEAD_SUBMITTED, LedgerEvents.LEAD_ACCEPTED,
      LedgerEvents.LEAD_REJECTED, LedgerEvents.LEAD_CONCLUDED, LedgerEvents.SUPERVISION_ISSUED,
      LedgerEvents.SUPERVISION_RESPONDED, LedgerEvents.SUPERVISION_CLOSED, LedgerEvents.SUPERVISION_ESCALATED);

  /** The notice for a workflow event, else empty; the payload of a workflow event must decode. */
  Optional<LedgerEventNotice> toNotice(DeliveredEvent delivered) {
    if (!WORKFLOW_EVENTS.contains(delivered.name())) {
      return Optional.empty();
    }
    LedgerEvent event = delivered.decode();
    String txId = delivered.transactionId();
    if (event.lead() != null) {
      return Optional.ofNullable(leadNotice(delivered.name(), txId, event.lead()));
    }
    if (event.supervision() != null) {
      return Optional.ofNullable(supervisionNotice(delivered.name(), txId, event.supervision()));
    }
    throw new IllegalArgumentException(delivered + " carries neither a lead nor a supervision");
  }

  private static LedgerEventNotice leadNotice(String name, String txId, Lead lead) {
    StatusChange step = stepOf(lead.history(), txId);
    return switch (name) {
      case LedgerEvents.LEAD_SUBMITTED -> LedgerEventNotices.leadSubmitted(txId, lead.leadId(), lead.senderMsp(),
          lead.receiverMsp(), lead.evidenceIds(), lead.summaryDigest(), step.actorUser());
      case LedgerEvents.LEAD_ACCEPTED ->
          LedgerEventNotices.leadAccepted(txId, lead.leadId(), lead.senderMsp(), step.reason(), step.actorUser());
      case LedgerEvents.LEAD_REJECTED ->
          LedgerEventNotices.leadRejected(txId, lead.leadId(), lead.senderMsp(), step.reason(), step.actorUser());
      case LedgerEvents.LEAD_CONCLUDED ->
          LedgerEventNotices.leadConcluded(txId, lead.leadId(), lead.senderMsp(), lead.outcome());
      default -> null;
    };
  }

  private static LedgerEventNotice supervisionNotice(String name, String txId, Supervision s) {
    return switch (name) {
      case LedgerEvents.SUPERVISION_ISSUED -> LedgerEventNotices.supervisionIssued(txId, s.supervisionId(),
          s.issuerMsp(), s.targetMsp(), s.kind().name(), s.evidenceIds(), s.subjectDigest(), s.replyDueAt());
      case LedgerEvents.SUPERVISION_RESPONDED ->
          LedgerEventNotices.supervisionResponded(txId, s.supervisionId(), s.issuerMsp(), s.responseDigest());
      case LedgerEvents.SUPERVISION_CLOSED ->
          LedgerEventNotices.supervisionClosed(txId, s.supervisionId(), s.targetMsp());
      case LedgerEvents.SUPERVISION_ESCALATED -> LedgerEventNotices.supervisionEscalated(txId, s.supervisionId(),
          s.targetMsp(), stepOf(s.history(), txId).reason());
      default -> null;
    };
  }

  /** The history entry this transaction wrote; the latest one if the record does not name it. */
  private static StatusChange stepOf(List<StatusChange> history, String txId) {
    return history.stream().filter(change -> txId.equals(change.txId())).findFirst()
        .orElseGet(() -> history.get(history.size() - 1));
  }
}
