package cn.procuratorate.evidence.systemtests.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.evidence.ledger.client.LedgerConnection;
import cn.procuratorate.evidence.ledger.client.LedgerEndorseException;
import cn.procuratorate.evidence.ledger.model.ErrorCode;
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
    NodeApi.Answer issued = procuratorate.post("/api/supervisions", "prosecutor",
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
    JsonNode issued = procuratorate.await("/api/supervisions/" + id, "prosecutor", STEP,
        s -> "ISSUED".equals(s.path("ledger").path("status").asText()));
    assertThat(issued.path("process").path("variables").path("replyWithin").asText()).isEqualTo(WorkflowNodes.SHORT_REPLY);
    police.awaitTask("officer", id, "AssignSupervision", STEP);

    Duration pastDeadline = Duration.ofSeconds(40 + 90);
    JsonNode overdue = procuratorate.await("/api/supervisions/" + id, "prosecutor", pastDeadline,
        s -> "OVERDUE".equals(s.path("ledger").path("status").asText())
            && s.path("process").path("waitingAt").toString().contains("AwaitLateAnswer"));
    assertThat(overdue.path("ledger").path("overdue").asBoolean()).isTrue();
    procuratorate.await("/api/notices", "prosecutor", STEP, notices -> hasEscalation(notices, id));
    procuratorate.await("/api/notices", "head", STEP, notices -> hasEscalation(notices, id));
    police.await("/api/notices", "head", STEP, notices -> hasEscalation(notices, id));
  }

  @Test
  void anAnswerInTimeIsEvaluatedAndClosesItAndNoAnswerIsTakenAfterwards() {
    String id = issue("PROCURATORIAL_RECOMMENDATION");
    JsonNode assign = police.awaitTask("officer", id, "AssignSupervision", STEP);
    assertThat(police.post("/api/tasks/" + assign.path("taskId").asText() + "/complete", "officer",
        "{\"answerAssignee\":\"officer\"}").status()).isEqualTo(200);
    JsonNode draft = police.awaitTask("officer", id, "DraftAnswer", STEP);
    assertThat(police.post("/api/tasks/" + draft.path("taskId").asText() + "/complete", "officer",
        "{\"answer\":\"the case was filed on 3 March under no. 17\"}").status()).isEqualTo(200);
    JsonNode approve = police.awaitTask("head", id, "ApproveAnswer", STEP);
    assertThat(police.post("/api/tasks/" + approve.path("taskId").asText() + "/complete", "officer",
        "{\"answerApproved\":true}").status()).isIn(403, 422);
    assertThat(police.post("/api/tasks/" + approve.path("taskId").asText() + "/complete", "head",
        "{\"answerApproved\":true,\"approvalNote\":\"ok to send\"}").status()).isEqualTo(200);

    JsonNode evaluate = procuratorate.awaitTask("prosecutor", id, "EvaluateAnswer", STEP);
    assertThat(evaluate.path("context").path("responseDigest").asText()).hasSize(64);
    assertThat(procuratorate.post("/api/tasks/" + evaluate.path("taskId").asText() + "/complete", "prosecutor",
        "{\"answerSatisfactory\":true,\"evaluationNote\":\"explanation accepted\"}").status()).isEqualTo(200);

    JsonNode closed = procuratorate.await("/api/supervisions/" + id, "prosecutor", STEP,
        s -> "CLOSED".equals(s.path("ledger").path("status").asText())
            && "COMPLETED".equals(s.path("process").path("state").asText()));
    assertThat(closed.path("ledger").path("satisfied").asBoolean()).isTrue();
    JsonNode atPolice = police.await("/api/supervisions/" + id, "officer", STEP,
        s -> "COMPLETED".equals(s.path("process").path("state").asText()));
    assertThat(atPolice.path("process").path("endActivityId").asText()).isEqualTo("ResponseClosedEnd");
    assertThat(atPolice.path("ledger").path("history").toString()).contains("officer").contains("RESPONDED");

    assertThat(police.get("/api/tasks", "officer").body().toString()).doesNotContain(id);
    assertThatThrownBy(() -> policeLedger.supervisions().respond(id, "ef".repeat(32), "officer"))
        .isInstanceOfSatisfying(LedgerEndorseException.class,
            e -> assertThat(e.errorCode()).contains(ErrorCode.INVALID_TRANSITION));
  }
}
