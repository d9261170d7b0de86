package cn.procuratorate.evidence.node.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.node.workflow.WorkflowWebTest;
import cn.procuratorate.evidence.node.workflow.WorkflowWebTestSupport;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotices;
import cn.procuratorate.evidence.workflow.event.RouteResult.Outcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Procuratorate's intake of a lead the Police submitted: review task, decision, authorisation. */
@WorkflowWebTest
class TaskControllerTest extends WorkflowWebTestSupport {

  /** The ledger's LeadSubmitted reaches the node; its intake fetches the evidence and waits for review. */
  private String intakeWaitingForReview(String leadId) throws Exception {
    assertThat(deliver(LedgerEventNotices.leadSubmitted("tx-" + leadId, leadId, "PoliceMSP", "ProcuratorateMSP",
        List.of("E-1", "E-2"), "", "officer")).outcome()).isEqualTo(Outcome.STARTED);
    runJobs();
    return reviewTask(leadId).path("taskId").asText();
  }

  private JsonNode reviewTask(String leadId) throws Exception {
    JsonNode tasks = jsonOf(mvc.perform(get("/api/tasks").with(prosecutor()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    for (JsonNode task : tasks) {
      if (leadId.equals(task.path("businessKey").asText())) {
        return task;
      }
    }
    throw new AssertionError("no task for " + leadId + " in " + tasks);
  }

  private org.springframework.test.web.servlet.ResultActions complete(String taskId, String decision,
      RequestPostProcessor user) throws Exception {
    return mvc.perform(post("/api/tasks/" + taskId + "/complete").with(user)
        .contentType(MediaType.APPLICATION_JSON).content(decision));
  }

  @Test
  void aProsecutorAcceptsALeadWhoseEvidenceVerifiedAndTheDecisionGoesOnTheLedger() throws Exception {
    String taskId = intakeWaitingForReview("lead-a");
    JsonNode task = reviewTask("lead-a");
    assertThat(task.path("taskKey").asText()).isEqualTo("ReviewLead");
    assertThat(task.path("candidateGroups").toString()).isEqualTo("[\"prosecutor\"]");
    assertThat(task.path("context").path("evidenceVerified").asBoolean()).isTrue();
    assertThat(exchange.fetched()).containsExactly("PoliceMSP:E-1", "PoliceMSP:E-2");

    mvc.perform(post("/api/tasks/" + taskId + "/claim").with(prosecutor()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.assignee").value("prosecutor"));
    complete(taskId, "{\"leadAccepted\":true,\"decisionReason\":\"well founded\"}", prosecutor())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.completedBy").value("prosecutor"))
        .andExpect(jsonPath("$.businessKey").value("lead-a"));
    runJobs();

    assertThat(ledger.calls()).containsExactly("acceptLead lead-a reason=well founded by=prosecutor");
    complete(taskId, "{\"leadAccepted\":false,\"decisionReason\":\"second thoughts\"}", prosecutor())
        .andExpect(status().isNotFound());
    assertThat(ledger.calls()).hasSize(1);
  }

  @Test
  void onlyProsecutorsSeeClaimOrDecideTheReview() throws Exception {
    String taskId = intakeWaitingForReview("lead-b");
    String officerTasks = mvc.perform(get("/api/tasks").with(officer()))
        .andReturn().getResponse().getContentAsString();
    assertThat(officerTasks).doesNotContain("lead-b");
    mvc.perform(post("/api/tasks/" + taskId + "/claim").with(officer()))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    complete(taskId, "{\"leadAccepted\":true}", head())
        .andExpect(status().isForbidden());
    assertThat(ledger.calls()).isEmpty();
  }

  @Test
  void aLeadWhoseEvidenceDidNotVerifyCannotBeAcceptedOnlyRejectedWithAReason() throws Exception {
    exchange.tamper("E-2");
    String taskId = intakeWaitingForReview("lead-c");
    complete(taskId, "{\"leadAccepted\":true}", prosecutor())
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("DECISION_REFUSED"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("did not verify")));
    complete(taskId, "{\"leadAccepted\":false}", prosecutor())
        .andExpect(status().isUnprocessableEntity());
    complete(taskId, "{\"leadAccepted\":false,\"decisionReason\":\"E-2 was altered\"}", prosecutor())
        .andExpect(status().isOk());
    runJobs();
    assertThat(ledger.calls()).containsExactly("rejectLead lead-c reason=E-2 was altered by=prosecutor");
  }

  @Test
  void refusesVariablesTheTaskDoesNotTakeOrOfTheWrongType() throws Exception {
    exchange.tamper("E-1");
    String taskId = intakeWaitingForReview("lead-d");
    complete(taskId, "{\"leadAccepted\":true,\"evidenceVerified\":true}", prosecutor())
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.code").value("INVALID_FIELD"));
    complete(taskId, "{\"leadAccepted\":\"yes\"}", prosecutor())
        .andExpect(status().isBadRequest());
    complete(taskId, "{\"leadAccepted\":false,\"decisionReason\":\"bad\\u0007bell\"}", prosecutor())
        .andExpect(status().isBadRequest());
    assertThat(reviewTask("lead-d").path("taskId").asText()).isEqualTo(taskId);
    assertThat(ledger.calls()).isEmpty();
  }

  @Test
  void aTaskClaimedByOneProsecutorIsNotAnothersAndIdsAreChecked() throws Exception {
    String taskId = intakeWaitingForReview("lead-e");
    engine.getTaskService().claim(taskId, "prosecutor2");
    mvc.perform(post("/api/tasks/" + taskId + "/claim").with(prosecutor()))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.code").value("TASK_NOT_AVAILABLE"));
    mvc.perform(post("/api/tasks/not*an*id/claim").with(prosecutor()))
        .andExpect(status().isBadRequest());
    mvc.perform(post("/api/tasks/0000-missing/claim").with(prosecutor()))
        .andExpect(status().isNotFound());
  }

  @Test
  void aLedgerEventDeliveredTwiceStartsTheIntakeOnce() throws Exception {
    intakeWaitingForReview("lead-f");
    assertThat(deliver(LedgerEventNotices.leadSubmitted("tx-lead-f", "lead-f", "PoliceMSP", "ProcuratorateMSP",
        List.of("E-1", "E-2"), "", "officer")).outcome()).isEqualTo(Outcome.DUPLICATE);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("lead-f").count())
        .isEqualTo(1);
  }
}
