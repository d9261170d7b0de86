package cn.procuratorate.evidence.systemtests.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hand-off latency of a lead: from the start of the sender's process (the officer's request) to
 * the start of the receiver's intake, both as their engines recorded them, over
 * {@code it.latency.leads} leads (default 100) sent one after another. The time includes the
 * sender's job, the ledger transaction and commit, the event delivery and the receiver's start.
 */
@Tag("consortium")
class HandOffLatencyIT {

  @Test
  void measuresSubmitToIntakeStart() {
    WorkflowNodes nodes = WorkflowNodes.shared();
    NodeApi police = nodes.api("police");
    NodeApi procuratorate = nodes.api("procuratorate");
    int leads = Integer.getInteger("it.latency.leads", 100);
    List<Long> millis = new ArrayList<>();
    for (int i = 0; i < leads; i++) {
      String leadId = LeadTransferFlowITSupport.submit(police);
      JsonNode received = procuratorate.await("/api/leads/" + leadId, "prosecutor", Duration.ofSeconds(60),
          lead -> lead.path("process").path("startedAt").isTextual());
      JsonNode sent = police.get("/api/leads/" + leadId, "officer").body();
      Instant submitted = Instant.parse(sent.path("process").path("startedAt").asText());
      Instant intake = Instant.parse(received.path("process").path("startedAt").asText());
      millis.add(Duration.between(submitted, intake).toMillis());
    }
    List<Long> sorted = millis.stream().sorted().toList();
    long median = sorted.get(sorted.size() / 2);
    long p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
    System.out.printf("HAND-OFF LATENCY over %d leads (sender process start -> receiver intake start): "
        + "median %d ms, p95 %d ms, min %d ms, max %d ms%n", sorted.size(), median, p95, sorted.get(0),
        sorted.get(sorted.size() - 1));
    assertThat(sorted).hasSize(leads).allMatch(ms -> ms >= 0);
  }
}
