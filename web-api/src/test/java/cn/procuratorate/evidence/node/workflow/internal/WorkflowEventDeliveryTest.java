package cn.procuratorate.evidence.node.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.ledger.client.DeliveredEvent;
import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LeadStatus;
import cn.procuratorate.evidence.ledger.model.LedgerEvent;
import cn.procuratorate.evidence.ledger.model.LedgerEvents;
import cn.procuratorate.evidence.ledger.model.StatusChange;
import cn.procuratorate.evidence.node.workflow.WorkflowWebTest;
import cn.procuratorate.evidence.node.workflow.WorkflowWebTestSupport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Ledger events through the real router and engine, as the feed delivers them. */
@WorkflowWebTest
class WorkflowEventDeliveryTest extends WorkflowWebTestSupport {

  private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");

  private WorkflowEventDelivery delivery() {
    return new WorkflowEventDelivery(new LedgerEventTranslator(), router, 2, Duration.ofMillis(1));
  }

  private static DeliveredEvent accepted(String leadId) {
    Lead lead = new Lead(1, leadId, "ProcuratorateMSP", "PoliceMSP", List.of(), "", LeadStatus.ACCEPTED, null,
        List.of(new StatusChange("SUBMITTED", "ProcuratorateMSP", "prosecutor", "", "tx-s", AT),
            new StatusChange("ACCEPTED", "PoliceMSP", "officer", "ok", "tx-a", AT)));
    return LedgerEventTranslatorTest.delivered(LedgerEvents.LEAD_ACCEPTED, "tx-a",
        LedgerEvent.ofLead(LedgerEvents.LEAD_ACCEPTED, "tx-a", AT, lead, List.of()));
  }

  @Test
  void aDecisionThatArrivesBeforeTheSendersWaitIsDeliveredAgainLaterAndOnlyOnce() throws Exception {
    String body = mvc.perform(post("/api/leads").with(prosecutor()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"receiverAgency\":\"police\"}"))
        .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
    String leadId = jsonOf(body).path("leadId").asText();
    DeliveredEvent event = accepted(leadId);

    // The submission job has not run: the process does not wait for the decision yet.
    assertThatThrownBy(() -> delivery().handle(event)).hasMessageContaining("not deliverable yet");

    runJobs();
    delivery().handle(event);
    delivery().handle(event);
    String instanceId = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(leadId).singleResult().getId();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName("ledgerEvent_LeadAccepted").processInstanceId(instanceId).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getActiveActivityIds(instanceId)).contains("AwaitLeadOutcome");
  }

  @Test
  void anEventStillUndeliverableAfterTheParkingTimeIsParkedSoTheFeedMovesOn() throws Exception {
    String body = mvc.perform(post("/api/leads").with(prosecutor()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"receiverAgency\":\"police\"}"))
        .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
    String leadId = jsonOf(body).path("leadId").asText();
    DeliveredEvent event = accepted(leadId);
    java.util.concurrent.atomic.AtomicReference<java.time.Instant> now =
        new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    java.time.Clock clock = new java.time.Clock() {
      @Override public java.time.ZoneId getZone() { return java.time.ZoneOffset.UTC; }
      @Override public java.time.Clock withZone(java.time.ZoneId zone) { return this; }
      @Override public java.time.Instant instant() { return now.get(); }
    };
    WorkflowEventDelivery delivery = new WorkflowEventDelivery(new LedgerEventTranslator(),
        router, 1,
        Duration.ofMillis(1), Duration.ofMinutes(10), clock);

    assertThatThrownBy(() -> delivery.handle(event)).hasMessageContaining("not deliverable yet");
    now.set(now.get().plus(Duration.ofMinutes(11)));
    delivery.handle(event);

    String instanceId = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(leadId).singleResult().getId();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName("ledgerEvent_LeadAccepted").processInstanceId(instanceId).count()).isZero();
  }

  @Test
  void anEventThatCannotBeReadDoesNotBlockTheFeed() throws Exception {
    delivery().handle(new DeliveredEvent(LedgerEvents.LEAD_SUBMITTED, "tx-x", 1,
        "{broken".getBytes(StandardCharsets.UTF_8)));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }
}
