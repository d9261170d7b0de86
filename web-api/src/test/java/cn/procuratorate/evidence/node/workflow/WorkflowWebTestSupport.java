package cn.procuratorate.evidence.node.workflow;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import cn.procuratorate.evidence.node.testsupport.FakeCustodyLedger;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotice;
import cn.procuratorate.evidence.workflow.event.LedgerEventRouter;
import cn.procuratorate.evidence.workflow.event.RouteResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the workflow's controller tests share: fakes, engine, users, and running jobs by hand. */
public abstract class WorkflowWebTestSupport {

  @Autowired protected MockMvc mvc;
  @Autowired protected ObjectMapper json;
  @Autowired protected FakeWorkflowLedger ledger;
  @Autowired protected FakeEvidenceChecks exchange;
  @Autowired protected FakeCustodyLedger custody;
  @Autowired protected WorkflowSliceConfiguration.LedgerRecordsInMemory records;
  @Autowired protected ProcessEngine engine;
  @Autowired protected LedgerEventRouter router;
  @Autowired protected JdbcClient jdbc;

  @BeforeEach
  void cleanState() {
    ledger.reset();
    exchange.reset();
    custody.reset();
    records.leads.clear();
    records.supervisions.clear();
    RuntimeService runtime = engine.getRuntimeService();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().list()) {
      runtime.deleteProcessInstance(instance.getId(), "test clean-up", true, true);
    }
    jdbc.sql("DELETE FROM workflow_notice").update();
  }

  protected static RequestPostProcessor prosecutor() {
    return httpBasic("prosecutor", "prosecutor-pass");
  }

  protected static RequestPostProcessor officer() {
    return httpBasic("officer", "officer-pass");
  }

  protected static RequestPostProcessor head() {
    return httpBasic("head", "head-pass");
  }

  protected static RequestPostProcessor auditor() {
    return httpBasic("auditor", "auditor-pass");
  }

  /** Runs every due job that is not a timer (asynchronous continuations), until none is left. */
  protected void runJobs() {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 50; round++) {
      Job job = management.createJobQuery().executable().messages().listPage(0, 1).stream()
          .findFirst().orElse(null);
      if (job == null) {
        return;
      }
      management.executeJob(job.getId());
    }
    throw new AssertionError("jobs keep coming");
  }

  /** Fires the process's timers that are due by {@code at}, then runs what follows. */
  protected void fireTimersDueBy(String businessKey, Instant at) {
    ManagementService management = engine.getManagementService();
    String instanceId = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).singleResult().getId();
    // One at a time, earliest first: a deadline that fires cancels the reminder still pending.
    for (int round = 0; round < 20; round++) {
      Job timer = management.createJobQuery().processInstanceId(instanceId).timers()
          .duedateLowerThan(Date.from(at)).orderByJobDuedate().asc().listPage(0, 1).stream()
          .findFirst().orElse(null);
      if (timer == null) {
        return;
      }
      management.executeJob(timer.getId());
      runJobs();
    }
  }

  protected RouteResult deliver(LedgerEventNotice notice) {
    return router.route(notice);
  }

  protected JsonNode jsonOf(String body) throws Exception {
    return json.readTree(body);
  }
}
