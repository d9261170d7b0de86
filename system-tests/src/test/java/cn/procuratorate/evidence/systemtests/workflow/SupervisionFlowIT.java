package cn.procuratorate.evidence.systemtests.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.client.LedgerEndorseException;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
import cn.procuratorate.evidence.systemtests.node.NodeApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Supervision end to end on the real consortium: the Procuratorate issues to the Police with the
 * ledger's deadline; without an answer both engines escalate and the ledger marks it overdue; with
 * an answer in time the evaluation closes it and the Police's process ends.
 */
@Tag("consortium")
class SupervisionFlowIT {

  static final Duration STEP = Duration.ofSeconds(90);

  static NodeApi police;
  static NodeApi procuratorate;
  static LedgerConnection policeLedger;

  @BeforeAll
  static void nodes() {
    WorkflowNodes nodes = WorkflowNodes.shared();
    police = nodes.api("police");
    procuratorate = nodes.api("procuratorate");
    policeLedger = LedgerConnection.open(nodes.profile("police"));
  }

  @AfterAll
  static void close() {
    policeLedger.close();
  }

  static String issue(String kind) {
    NodeApi.Reply issued = procuratorate.as("prosecutor").postJson("/api/supervisions",
        "{\"kind\":\"" + kind + "\",\"targetAgency\":\"police\",\"subject\":\"why was case 17 not filed\"}");
    assertThat(issued.status()).as(issued.toString()).isEqualTo(202);
    return issued.body().path("supervisionId").asText();
  }

  static boolean hasEscalation(JsonNode notices, String supervisionId) {
    for (JsonNode notice : notices) {
      if (supervisionId.equals(notice.path("businessKey").asText()) && "ESCALATION".equals(notice.path("kind").asText())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void withoutAnAnswerTheLedgerMarksItOverdueAndBothEnginesEscalate() {
    String id = issue("CORRECTION_NOTICE");
    JsonNode issued = procuratorate.as("prosecutor").await("/api/supervisions/" + id, STEP,
        s -> "ISSUED".equals(s.path("ledger").path("status").asText()));
    assertThat(issued.path("process").path("variables").path("replyWithin").asText()).isEqualTo(WorkflowNodes.SHORT_REPLY);
    police.as("officer").awaitTask(id, "AssignSupervision", STEP);

    Duration pastDeadline = Duration.ofSeconds(40 + 90);
    JsonNode overdue = procuratorate.as("prosecutor").await("/api/supervisions/" + id, pastDeadline,
        s -> "OVERDUE".equals(s.path("ledger").path("status").asText())
            && s.path("process").path("waitingAt").toString().contains("AwaitLateAnswer"));
    assertThat(overdue.path("ledger").path("overdue").asBoolean()).isTrue();
    procuratorate.as("prosecutor").await("/api/notices", STEP, notices -> hasEscalation(notices, id));
    procuratorate.as("head").await("/api/notices", STEP, notices -> hasEscalation(notices, id));
    police.as("head").await("/api/notices", STEP, notices -> hasEscalation(notices, id));
  }

  @Test
  void anAnswerInTimeIsEvaluatedAndClosesItAndNoAnswerIsTakenAfterwards() {
    String id = issue("PROCURATORIAL_RECOMMENDATION");
    JsonNode assign = police.as("officer").awaitTask(id, "AssignSupervision", STEP);
    assertThat(police.as("officer").postJson("/api/tasks/" + assign.path("taskId").asText() + "/complete",
        "{\"answerAssignee\":\"officer\"}").status()).isEqualTo(200);
    JsonNode draft = police.as("officer").awaitTask(id, "DraftAnswer", STEP);
    assertThat(police.as("officer").postJson("/api/tasks/" + draft.path("taskId").asText() + "/complete",
        "{\"answer\":\"the case was filed on 3 March under no. 17\"}").status()).isEqualTo(200);
    JsonNode approve = police.as("head").awaitTask(id, "ApproveAnswer", STEP);
    assertThat(police.as("officer").postJson("/api/tasks/" + approve.path("taskId").asText() + "/complete",
        "{\"answerApproved\":true}").status()).isIn(403, 422);
    assertThat(police.as("head").postJson("/api/tasks/" + approve.path("taskId").asText() + "/complete",
        "{\"answerApproved\":true,\"approvalNote\":\"ok to send\"}").status()).isEqualTo(200);

    JsonNode evaluate = procuratorate.as("prosecutor").awaitTask(id, "EvaluateAnswer", STEP);
    assertThat(evaluate.path("context").path("responseDigest").asText()).hasSize(64);
    assertThat(procuratorate.as("prosecutor").postJson("/api/tasks/" + evaluate.path("taskId").asText() + "/complete",
        "{\"answerSatisfactory\":true,\"evaluationNote\":\"explanation accepted\"}").status()).isEqualTo(200);

    JsonNode closed = procuratorate.as("prosecutor").await("/api/supervisions/" + id, STEP,
        s -> "CLOSED".equals(s.path("ledger").path("status").asText())
            && "COMPLETED".equals(s.path("process").path("state").asText()));
    assertThat(closed.path("ledger").path("satisfied").asBoolean()).isTrue();
    JsonNode atPolice = police.as("officer").await("/api/supervisions/" + id, STEP,
        s -> "COMPLETED".equals(s.path("process").path("state").asText()));
    assertThat(atPolice.path("process").path("endActivityId").asText()).isEqualTo("ResponseClosedEnd");
    assertThat(atPolice.path("ledger").path("history").toString()).contains("officer").contains("RESPONDED");

    assertThat(police.as("officer").get("/api/tasks").body().toString()).doesNotContain(id);
    assertThatThrownBy(() -> policeLedger.supervisions().respond(id, "ef".repeat(32), "officer"))
        .isInstanceOfSatisfying(LedgerEndorseException.class,
            e -> assertThat(e.errorCode()).contains(ErrorCode.INVALID_TRANSITION));
  }
}
