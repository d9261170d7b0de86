package cn.procuratorate.evidence.systemtests.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.client.LedgerEndorseException;
import cn.procuratorate.evidence.ledger.model.CustodyEvent;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.systemtests.node.NodeApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Lead transfer end to end on the real consortium: the Police's node submits, the Procuratorate's
 * engine starts its intake from the ledger event, fetches and verifies the evidence from the
 * Police's node, a prosecutor decides, and the Police's process follows the ledger to its end.
 */
@Tag("consortium")
class LeadTransferFlowIT {

  static final Duration STEP = Duration.ofSeconds(90);

  static WorkflowNodes nodes;
  static NodeApi police;
  static NodeApi procuratorate;
  static LedgerConnection procuratorateLedger;
  static LedgerConnection policeLedger;

  @BeforeAll
  static void nodes() {
    nodes = WorkflowNodes.shared();
    police = nodes.api("police");
    procuratorate = nodes.api("procuratorate");
    procuratorateLedger = LedgerConnection.open(nodes.profile("procuratorate"));
    policeLedger = LedgerConnection.open(nodes.profile("police"));
  }

  @AfterAll
  static void close() {
    procuratorateLedger.close();
    policeLedger.close();
  }

  static String submitLead(List<String> evidenceIds) {
    String ids = String.join("\",\"", evidenceIds);
    NodeApi.Reply started = police.as("officer").postJson("/api/leads", "{\"receiverAgency\":\"procuratorate\","
        + "\"evidenceIds\":[" + (evidenceIds.isEmpty() ? "" : "\"" + ids + "\"") + "],\"summary\":\"IT lead\"}");
    assertThat(started.status()).as(started.toString()).isEqualTo(202);
    return started.body().path("leadId").asText();
  }

  @Test
  void aProsecutorAcceptsAfterTheNodeVerifiedTheEvidenceAndThePoliceLearnTheOutcome() {
    String e1 = police.as("officer").uploadText("CASE-IT", "witness statement " + System.nanoTime());
    String e2 = police.as("officer").uploadText("CASE-IT", "scene photo log " + System.nanoTime());
    String leadId = submitLead(List.of(e1, e2));

    JsonNode review = procuratorate.as("prosecutor").awaitTask(leadId, "ReviewLead", STEP);
    assertThat(review.path("context").path("evidenceVerified").asBoolean()).isTrue();
    assertThat(review.path("context").path("evidenceReport").asText()).contains(e1 + ": verified", e2 + ": verified");
    for (String id : List.of(e1, e2)) {
      List<CustodyEvent> timeline = procuratorateLedger.evidence().timeline(id);
      assertThat(timeline).anySatisfy(event -> assertThat(event.toString())
          .contains("RECEIVED").contains("ProcuratorateMSP"));
    }
    String taskId = review.path("taskId").asText();
    assertThat(procuratorate.as("officer").postJson("/api/tasks/" + taskId + "/claim", null).status()).isEqualTo(403);
    assertThat(procuratorate.as("prosecutor").postJson("/api/tasks/" + taskId + "/complete",
        "{\"leadAccepted\":true,\"decisionReason\":\"well founded\"}").status()).isEqualTo(200);

    JsonNode report = procuratorate.as("prosecutor").awaitTask(leadId, "ReportLeadOutcome", STEP);
    assertThat(procuratorate.as("prosecutor").postJson("/api/tasks/" + report.path("taskId").asText() + "/complete",
        "{\"leadOutcome\":\"CASE_FILED\"}").status()).isEqualTo(200);

    JsonNode atPolice = police.as("officer").await("/api/leads/" + leadId, STEP,
        lead -> "COMPLETED".equals(lead.path("process").path("state").asText()));
    assertThat(atPolice.path("process").path("endActivityId").asText()).isEqualTo("LeadTransferDone");
    assertThat(atPolice.path("process").path("variables").path("leadOutcome").asText()).isEqualTo("CASE_FILED");
    assertThat(atPolice.path("process").path("variables").path("decidedBy").asText()).isEqualTo("prosecutor");
    assertThat(atPolice.path("ledger").path("status").asText()).isEqualTo("CONCLUDED");

    // A second decision: the API has no task left, the chaincode refuses.
    assertThat(procuratorate.as("prosecutor").postJson("/api/tasks/" + taskId + "/complete",
        "{\"leadAccepted\":false,\"decisionReason\":\"changed my mind\"}").status()).isEqualTo(404);
    assertThatThrownBy(() -> procuratorateLedger.leads().reject(leadId, "prosecutor", "changed my mind"))
        .isInstanceOfSatisfying(LedgerEndorseException.class,
            e -> assertThat(e.errorCode()).contains(ErrorCode.ALREADY_DECIDED));
  }

  @Test
  void aRejectedLeadEndsTheSendersProcessWithTheReasonAndASecondDecisionIsRefused() {
    String e1 = police.as("officer").uploadText("CASE-IT", "anonymous tip " + System.nanoTime());
    String leadId = submitLead(List.of(e1));
    JsonNode review = procuratorate.as("prosecutor").awaitTask(leadId, "ReviewLead", STEP);
    String taskId = review.path("taskId").asText();
    assertThat(police.as("officer").get("/api/tasks").body().toString()).doesNotContain(leadId);
    assertThatThrownBy(() -> policeLedger.leads().accept(leadId, "officer", "self-approved"))
        .isInstanceOfSatisfying(LedgerEndorseException.class,
            e -> assertThat(e.errorCode()).contains(ErrorCode.FORBIDDEN));

    assertThat(procuratorate.as("prosecutor").postJson("/api/tasks/" + taskId + "/complete",
        "{\"leadAccepted\":false,\"decisionReason\":\"not a criminal matter\"}").status()).isEqualTo(200);
    JsonNode atPolice = police.as("officer").await("/api/leads/" + leadId, STEP,
        lead -> "COMPLETED".equals(lead.path("process").path("state").asText()));
    assertThat(atPolice.path("process").path("endActivityId").asText()).isEqualTo("LeadTransferDone");
    assertThat(atPolice.path("process").path("variables").path("leadOutcome").isMissingNode()).isTrue();
    assertThat(atPolice.path("process").path("variables").path("decisionReason").asText())
        .isEqualTo("not a criminal matter");
    assertThat(atPolice.path("ledger").path("status").asText()).isEqualTo("REJECTED");

    assertThat(procuratorate.as("prosecutor").postJson("/api/tasks/" + taskId + "/complete",
        "{\"leadAccepted\":true}").status()).isEqualTo(404);
    assertThatThrownBy(() -> procuratorateLedger.leads().accept(leadId, "prosecutor", "after all"))
        .isInstanceOfSatisfying(LedgerEndorseException.class,
            e -> assertThat(e.errorCode()).contains(ErrorCode.ALREADY_DECIDED));
  }

  @Test
  void badInputIsRefusedClearlyAndStartsNothing() {
    assertThat(police.as("officer").postJson("/api/leads", "{\"receiverAgency\":\"tax-bureau\"}").status()).isEqualTo(422);
    assertThat(police.as("officer").postJson("/api/leads",
        "{\"receiverAgency\":\"procuratorate\",\"evidenceIds\":[\"../../etc/passwd\"]}").status()).isEqualTo(400);
    assertThat(police.as("prosecutor").postJson("/api/supervisions",
        "{\"kind\":\"CORRECTION_NOTICE\",\"targetAgency\":\"court\"}").status()).isEqualTo(403);
    assertThat(procuratorate.as("prosecutor").get("/api/leads/no*such*lead").status()).isEqualTo(400);
    assertThat(procuratorate.as("prosecutor").postJson("/api/tasks/not-a-task/complete", "{}").status()).isEqualTo(404);
  }

  @Test
  void aReceiverThatWasDownStartsItsIntakeExactlyOnceAfterRestart() {
    nodes.stop("procuratorate");
    String leadId;
    try {
      leadId = submitLead(List.of());
      police.as("officer").await("/api/leads/" + leadId, STEP,
          lead -> "SUBMITTED".equals(lead.path("ledger").path("status").asText()));
    } finally {
      nodes.start("procuratorate");
    }
    procuratorate.as("prosecutor").await("/api/leads/" + leadId, STEP, lead -> !lead.path("process").isMissingNode()
        && !lead.path("process").isNull());
    assertThat(intakeCount(leadId)).isEqualTo(1);

    // Once more: the feed re-reads from its checkpoint; a marker lead shows it caught up.
    nodes.stop("procuratorate");
    nodes.start("procuratorate");
    String marker = submitLead(List.of());
    procuratorate.as("prosecutor").await("/api/leads/" + marker, STEP, lead -> !lead.path("process").isNull()
        && !lead.path("process").isMissingNode());
    assertThat(intakeCount(leadId)).isEqualTo(1);
    assertThat(intakeCount(marker)).isEqualTo(1);
  }

  /** Counted in the engine's history through Cockpit's API, as the node's administrator. */
  static long intakeCount(String leadId) {
    NodeApi.Reply count = procuratorate.as("admin").get("/camunda/api/engine/engine/default/history/process-instance/count"
        + "?processDefinitionKey=lead-intake&processInstanceBusinessKey=" + leadId);
    assertThat(count.status()).as(count.toString()).isEqualTo(200);
    return count.body().path("count").asLong();
  }
}
