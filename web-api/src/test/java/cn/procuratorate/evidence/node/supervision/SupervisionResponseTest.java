package cn.procuratorate.evidence.node.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.evidence.node.workflow.WorkflowWebTest;
import cn.procuratorate.evidence.node.workflow.WorkflowWebTestSupport;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotices;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The Police answering a supervision: assignment, draft, four-eyes approval, answer on the ledger. */
@WorkflowWebTest
@TestPropertySource(properties = "test.agency=police")
class SupervisionResponseTest extends WorkflowWebTestSupport {

  private String task(String id, String taskKey, RequestPostProcessor user) throws Exception {
    for (JsonNode task : jsonOf(mvc.perform(get("/api/tasks").with(user)).andReturn().getResponse()
        .getContentAsString())) {
      if (id.equals(task.path("businessKey").asText()) && taskKey.equals(task.path("taskKey").asText())) {
        return task.path("taskId").asText();
      }
    }
    throw new AssertionError("no " + taskKey + " for " + id);
  }

  private ResultActions complete(String taskId, String decision, RequestPostProcessor user) throws Exception {
    return mvc.perform(post("/api/tasks/" + taskId + "/complete").with(user)
        .contentType(MediaType.APPLICATION_JSON).content(decision));
  }

  private void received(String id) {
    deliver(LedgerEventNotices.supervisionIssued("tx-" + id, id, "ProcuratorateMSP", "PoliceMSP",
        "CASE_FILING_EXPLANATION", List.of(), "", Instant.now().plusSeconds(7 * 86400)));
    runJobs();
  }

  @Test
  void theDeskAssignsTheOfficerDraftsTheHeadApprovesAndTheAnswerGoesOnTheLedger() throws Exception {
    received("sup-1");
    complete(task("sup-1", "AssignSupervision", officer()), "{\"answerAssignee\":\"officer\"}", officer())
        .andExpect(status().isOk());
    complete(task("sup-1", "DraftAnswer", officer()), "{\"answer\":\"the case was filed on 3 March\"}", officer())
        .andExpect(status().isOk());
    String approval = task("sup-1", "ApproveAnswer", head());
    complete(approval, "{\"answerApproved\":true}", head()).andExpect(status().isOk());
    runJobs();
    assertThat(ledger.calls()).containsExactly("respond sup-1 by=officer approved=head");
    mvc.perform(get("/api/supervisions/sup-1").with(officer()))
        .andExpect(jsonPath("$.side").value("TARGET"))
        .andExpect(jsonPath("$.process.waitingAt[0]").value("AwaitEvaluation"));
  }

  @Test
  void theDrafterMayNotApproveTheirOwnAnswer() throws Exception {
    received("sup-2");
    complete(task("sup-2", "AssignSupervision", officer()), "{\"answerAssignee\":\"head\"}", officer());
    complete(task("sup-2", "DraftAnswer", head()), "{\"responseDigest\":\"" + "cd".repeat(32) + "\"}", head())
        .andExpect(status().isOk());
    complete(task("sup-2", "ApproveAnswer", head()), "{\"answerApproved\":true}", head())
        .andExpect(status().isUnprocessableEntity())
        .andExpect(jsonPath("$.code").value("DECISION_REFUSED"));
    assertThat(ledger.calls()).isEmpty();
  }

  @Test
  void anAnswerAfterTheMatterClosedFindsNoTask() throws Exception {
    received("sup-3");
    complete(task("sup-3", "AssignSupervision", officer()), "{\"answerAssignee\":\"officer\"}", officer());
    complete(task("sup-3", "DraftAnswer", officer()), "{\"answer\":\"done\"}", officer());
    complete(task("sup-3", "ApproveAnswer", head()), "{\"answerApproved\":true}", head());
    runJobs();
    deliver(LedgerEventNotices.supervisionClosed("tx-c3", "sup-3", "PoliceMSP"));
    String body = mvc.perform(get("/api/tasks").with(officer())).andReturn().getResponse().getContentAsString();
    assertThat(body).doesNotContain("sup-3");
    mvc.perform(get("/api/supervisions/sup-3").with(officer()))
        .andExpect(jsonPath("$.process.endActivityId").value("ResponseClosedEnd"));
  }

  @Test
  void onlyAProcuratorateIssuesSupervision() throws Exception {
    mvc.perform(post("/api/supervisions").with(prosecutor()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"kind\":\"CORRECTION_NOTICE\",\"targetAgency\":\"court\"}"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("only a procuratorate")));
  }
}
