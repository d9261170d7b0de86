package cn.procuratorate.evidence.node.supervision;

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
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The Procuratorate issuing a supervision to the Police: deadline, overdue, evaluation. */
@WorkflowWebTest
@TestPropertySource(properties = "evidence.workflow.deadlines.supervision.correction-notice.within=PT1H")
class SupervisionIssueTest extends WorkflowWebTestSupport {

  private static MockHttpServletRequestBuilder issue(String body) {
    return post("/api/supervisions").contentType(MediaType.APPLICATION_JSON).content(body);
  }

  private String issued(String kind) throws Exception {
    String body = mvc.perform(issue("{\"kind\":\"" + kind + "\",\"targetAgency\":\"police\",\"subject\":\"case 9\"}")
            .with(prosecutor()))
        .andExpect(status().isAccepted())
        .andReturn().getResponse().getContentAsString();
    runJobs();
    return jsonOf(body).path("supervisionId").asText();
  }

  @Test
  void issuesWithTheConfiguredPeriodAndWaitsForTheAnswer() throws Exception {
    String id = issued("CORRECTION_NOTICE");
    assertThat(ledger.calls()).containsExactly(
        "issue " + id + " to=PoliceMSP kind=CORRECTION_NOTICE within=PT1H by=prosecutor");
    mvc.perform(get("/api/supervisions/" + id).with(prosecutor()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.side").value("ISSUER"))
        .andExpect(jsonPath("$.process.waitingAt[0]").value("AwaitAnswer"))
        .andExpect(jsonPath("$.process.variables.replyWithin").value("PT1H"));
  }

  @Test
  void noAnswerByTheDeadline_overdueOnTheLedgerAndEscalatedToTheChiefProsecutor() throws Exception {
    String id = issued("CORRECTION_NOTICE");
    fireTimersDueBy(id, Instant.now().plusSeconds(2 * 3600));

    assertThat(ledger.calls()).contains("markOverdue " + id);
    JsonNode notices = jsonOf(mvc.perform(get("/api/notices").with(head()))
        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    assertThat(notices.toString()).contains("ESCALATION").contains(id).contains("chief-prosecutor");
    mvc.perform(get("/api/notices").with(prosecutor()))
        .andExpect(jsonPath("$[?(@.businessKey == '" + id + "' && @.kind == 'ESCALATION')]").exists());
    mvc.perform(get("/api/supervisions/" + id).with(prosecutor()))
        .andExpect(jsonPath("$.process.waitingAt[0]").value("AwaitLateAnswer"))
        .andExpect(jsonPath("$.notices[?(@.kind == 'ESCALATION')]").exists());
  }

  @Test
  void anAnswerInTimeIsEvaluatedAndClosesTheSupervision() throws Exception {
    String id = issued("CASE_FILING_EXPLANATION");
    assertThat(deliver(LedgerEventNotices.supervisionResponded("tx-r", id, "ProcuratorateMSP", "ab".repeat(32)))
        .outcome()).isEqualTo(Outcome.CORRELATED);
    JsonNode task = jsonOf(mvc.perform(get("/api/tasks").with(prosecutor()))
        .andReturn().getResponse().getContentAsString()).get(0);
    assertThat(task.path("taskKey").asText()).isEqualTo("EvaluateAnswer");
    mvc.perform(post("/api/tasks/" + task.path("taskId").asText() + "/complete").with(prosecutor())
            .contentType(MediaType.APPLICATION_JSON).content("{\"answerSatisfactory\":true}"))
        .andExpect(status().isOk());
    runJobs();
    assertThat(ledger.calls()).containsSubsequence("evaluate " + id + " satisfied=true by=prosecutor",
        "close " + id + " by=prosecutor");
    mvc.perform(get("/api/supervisions/" + id).with(prosecutor()))
        .andExpect(jsonPath("$.process.state").value("COMPLETED"))
        .andExpect(jsonPath("$.process.endActivityId").value("SupervisionClosedEnd"));
  }

  @Test
  void refusesBadInputAndOtherRoles() throws Exception {
    mvc.perform(issue("{\"kind\":\"WARNING\",\"targetAgency\":\"police\"}").with(prosecutor()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CASE_FILING_EXPLANATION")));
    mvc.perform(issue("{\"kind\":\"CORRECTION_NOTICE\",\"targetAgency\":\"mars\"}").with(prosecutor()))
        .andExpect(status().isUnprocessableEntity());
    mvc.perform(issue("{\"kind\":\"CORRECTION_NOTICE\",\"targetAgency\":\"police\"}").with(officer()))
        .andExpect(status().isForbidden());
    mvc.perform(get("/api/supervisions/sup-unknown").with(prosecutor()))
        .andExpect(status().isNotFound());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }
}
