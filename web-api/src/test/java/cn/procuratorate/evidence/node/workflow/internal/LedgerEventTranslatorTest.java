package cn.procuratorate.evidence.node.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.client.DeliveredEvent;
import cn.procuratorate.evidence.ledger.model.CanonicalJson;
import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadStatus;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.StatusChange;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionKind;
import cn.procuratorate.evidence.ledger.model.SupervisionStatus;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotice;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerEventTranslatorTest {

  private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");
  private final LedgerEventTranslator translator = new LedgerEventTranslator();

  static DeliveredEvent delivered(String name, String txId, LedgerEvent event) {
    return new DeliveredEvent(name, txId, 42, CanonicalJson.toBytes(event));
  }

  private static Lead lead(LeadStatus status, List<StatusChange> history) {
    return new Lead(1, "L-1", "PoliceMSP", "ProcuratorateMSP", List.of("E-1", "E-2"), "ab".repeat(32), status,
        status == LeadStatus.CONCLUDED ? "CASE_FILED" : null, history);
  }

  @Test
  void aSubmittedLeadIsAddressedToItsReceiverWithWhatTheIntakeNeeds() {
    Lead lead = lead(LeadStatus.SUBMITTED, List.of(new StatusChange("SUBMITTED", "PoliceMSP", "officer1", "", "tx-1", AT)));
    LedgerEventNotice notice = translator.toNotice(delivered(LedgerEvents.LEAD_SUBMITTED, "tx-1",
        LedgerEvent.ofLead(LedgerEvents.LEAD_SUBMITTED, "tx-1", AT, lead, List.of()))).orElseThrow();
    assertThat(notice.eventId()).isEqualTo("tx-1");
    assertThat(notice.addressedTo()).isEqualTo("ProcuratorateMSP");
    assertThat(notice.businessKey()).isEqualTo("L-1");
    assertThat(notice.variables()).containsEntry("senderMsp", "PoliceMSP").containsEntry("evidenceIds", "E-1,E-2")
        .containsEntry("submittedBy", "officer1");
  }

  @Test
  void aDecisionCarriesTheReasonAndDeciderOfItsOwnTransaction() {
    Lead lead = lead(LeadStatus.REJECTED, List.of(
        new StatusChange("SUBMITTED", "PoliceMSP", "officer1", "", "tx-1", AT),
        new StatusChange("REJECTED", "ProcuratorateMSP", "prosecutor1", "no grounds", "tx-2", AT)));
    LedgerEventNotice notice = translator.toNotice(delivered(LedgerEvents.LEAD_REJECTED, "tx-2",
        LedgerEvent.ofLead(LedgerEvents.LEAD_REJECTED, "tx-2", AT, lead, List.of()))).orElseThrow();
    assertThat(notice.addressedTo()).isEqualTo("PoliceMSP");
    assertThat(notice.variables()).containsEntry("decisionReason", "no grounds").containsEntry("decidedBy", "prosecutor1");
  }

  @Test
  void anIssuedSupervisionCarriesTheLedgersDeadline() {
    Instant due = Instant.parse("2025-03-08T08:00:00Z");
    Supervision s = new Supervision(1, "S-1", "ProcuratorateMSP", "PoliceMSP", SupervisionKind.CORRECTION_NOTICE,
        List.of(), "", due, SupervisionStatus.ISSUED, false, null, null, List.of());
    LedgerEventNotice notice = translator.toNotice(delivered(LedgerEvents.SUPERVISION_ISSUED, "tx-3",
        LedgerEvent.ofSupervision(LedgerEvents.SUPERVISION_ISSUED, "tx-3", AT, s, List.of()))).orElseThrow();
    assertThat(notice.addressedTo()).isEqualTo("PoliceMSP");
    assertThat(notice.variables()).containsEntry("replyDueAt", Date.from(due))
        .containsEntry("supervisionKind", "CORRECTION_NOTICE");
  }

  @Test
  void eventsNoWorkflowReactsToAreNotEvenDecoded() {
    DeliveredEvent custody = new DeliveredEvent(LedgerEvents.EVIDENCE_RECEIVED, "tx-4", 1,
        "not json".getBytes(StandardCharsets.UTF_8));
    assertThat(translator.toNotice(custody)).isEmpty();
  }

  @Test
  void aWorkflowEventThatDoesNotDecodeIsAnError() {
    DeliveredEvent broken = new DeliveredEvent(LedgerEvents.LEAD_SUBMITTED, "tx-5", 1,
        "{".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> translator.toNotice(broken)).isInstanceOf(RuntimeException.class);
  }
}
