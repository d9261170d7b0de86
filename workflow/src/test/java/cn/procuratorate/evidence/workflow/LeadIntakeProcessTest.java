package cn.procuratorate.evidence.workflow;

import static cn.procuratorate.evidence.workflow.WorkflowTestEngine.EVIDENCE_EXCHANGE;
import static cn.procuratorate.evidence.workflow.WorkflowTestEngine.LEAD_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.procuratorate.evidence.workflow.WorkflowNames.Activities;
import cn.procuratorate.evidence.workflow.WorkflowNames.Processes;
import cn.procuratorate.evidence.workflow.WorkflowNames.Roles;
import cn.procuratorate.evidence.workflow.WorkflowNames.Vars;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotice;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotices;
import cn.procuratorate.evidence.workflow.event.LedgerEventRouter;
import cn.procuratorate.evidence.workflow.event.RouteResult;
import cn.procuratorate.evidence.workflow.event.RouteResult.Outcome;
import cn.procuratorate.evidence.workflow.fakes.FakeEvidenceExchange.Fetch;
import cn.procuratorate.evidence.workflow.fakes.FakeLedger.Tx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The procuratorate's (receiver's) side of a lead transfer, started by the ledger event. */
@Deployment(resources = "bpmn/lead-intake.bpmn")
class LeadIntakeProcessTest extends ProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = WorkflowTestEngine.extension();

    private static final String POLICE = "PoliceMSP";
    private static final String PROCURATORATE = "ProcuratorateMSP";
    private static final LedgerEventNotice SUBMITTED = LedgerEventNotices.leadSubmitted("tx-submit", "LEAD-1", POLICE,
            PROCURATORATE, List.of("EV-1", "EV-2"), "ab".repeat(32), "officer-zhang");

    private final LedgerEventRouter router = new LedgerEventRouter(engine, PROCURATORATE);

    private ProcessInstance receivedLead() {
        RouteResult started = router.route(SUBMITTED);
        assertThat(started.outcome()).isEqualTo(Outcome.STARTED);
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(started.processInstanceId()).singleResult();
    }

    private ProcessInstance leadUnderReview() {
        ProcessInstance lead = receivedLead();
        runDueJobs();
        return lead;
    }

    @Test
    void theLedgerEventStartsAnIntakeThatVerifiesEveryItemBeforeAProsecutorReviews() {
        ProcessInstance lead = receivedLead();
        assertThat(lead).isWaitingAt(Activities.FETCH_AND_VERIFY_EVIDENCE);
        assertThat(lead.getBusinessKey()).isEqualTo("LEAD-1");

        runDueJobs();

        assertThat(EVIDENCE_EXCHANGE.fetches()).containsExactly(new Fetch("EV-1", POLICE), new Fetch("EV-2", POLICE));
        assertThat(lead).isWaitingAt(Activities.REVIEW_LEAD).variables().containsEntry(Vars.EVIDENCE_VERIFIED, true);
        assertThat(lead).task(Activities.REVIEW_LEAD).hasCandidateGroup(Roles.PROSECUTOR).isNotAssigned();
        assertThat((String) variable(lead, Vars.EVIDENCE_REPORT))
                .contains("EV-1: verified").contains("EV-2: verified");
    }

    @Test
    void anAcceptedLeadIsRecordedWithItsReviewerThenItsOutcomeIsReported() {
        ProcessInstance lead = leadUnderReview();

        completeAs("prosecutor-li", lead, Activities.REVIEW_LEAD,
                Map.of(Vars.LEAD_ACCEPTED, true, Vars.DECISION_REASON, "credible, within our jurisdiction"));

        Tx accepted = LEAD_LEDGER.only("acceptLead");
        assertThat(accepted.businessKey()).isEqualTo("LEAD-1");
        assertThat(accepted.details()).containsEntry("decidedBy", "prosecutor-li")
                .containsEntry("reason", "credible, within our jurisdiction");
        assertThat(lead).isWaitingAt(Activities.REPORT_LEAD_OUTCOME);
        assertThat(lead).task(Activities.REPORT_LEAD_OUTCOME).isAssignedTo("prosecutor-li");

        completeAs("prosecutor-li", lead, Activities.REPORT_LEAD_OUTCOME, Map.of(Vars.LEAD_OUTCOME, "CASE_FILED"));

        assertThat(LEAD_LEDGER.only("recordLeadOutcome").details()).containsEntry("outcome", "CASE_FILED")
                .containsEntry("recordedBy", "prosecutor-li");
        assertThat(lead).hasPassed(Activities.ACCEPT_LEAD_ON_LEDGER, Activities.LEAD_INTAKE_CONCLUDED).isEnded();
        assertThat(LEAD_LEDGER.committed("rejectLead")).isEmpty();
    }

    @Test
    void aRejectedLeadIsRecordedWithItsReasonAndReviewer() {
        ProcessInstance lead = leadUnderReview();

        completeAs("prosecutor-wang", lead, Activities.REVIEW_LEAD,
                Map.of(Vars.LEAD_ACCEPTED, false, Vars.DECISION_REASON, "no indication of a crime"));

        assertThat(LEAD_LEDGER.only("rejectLead").details()).containsEntry("decidedBy", "prosecutor-wang")
                .containsEntry("reason", "no indication of a crime");
        assertThat(LEAD_LEDGER.committed("acceptLead")).isEmpty();
        assertThat(lead).hasPassed(Activities.LEAD_INTAKE_REJECTED).isEnded();
    }

    @Test
    void evidenceThatDoesNotMatchTheLedgerBlocksAcceptanceButNotRejection() {
        EVIDENCE_EXCHANGE.markTampered("EV-2");
        ProcessInstance lead = leadUnderReview();
        assertThat(lead).variables().containsEntry(Vars.EVIDENCE_VERIFIED, false);
        assertThat((String) variable(lead, Vars.EVIDENCE_REPORT)).contains("EV-2: NOT VERIFIED");

        assertThatThrownBy(() -> completeAs("prosecutor-li", lead, Activities.REVIEW_LEAD,
                Map.of(Vars.LEAD_ACCEPTED, true))).hasMessageContaining("did not verify");
        assertThat(lead).isWaitingAt(Activities.REVIEW_LEAD);
        assertThat(LEAD_LEDGER.committed()).isEmpty();

        completeAs("prosecutor-li", lead, Activities.REVIEW_LEAD,
                Map.of(Vars.LEAD_ACCEPTED, false, Vars.DECISION_REASON, "evidence EV-2 altered"));
        assertThat(LEAD_LEDGER.only("rejectLead").details()).containsEntry("reason", "evidence EV-2 altered");
    }

    @Test
    void aRejectionWithoutReasonIsRefusedAtTheTask() {
        ProcessInstance lead = leadUnderReview();

        assertThatThrownBy(() -> completeAs("prosecutor-li", lead, Activities.REVIEW_LEAD,
                Map.of(Vars.LEAD_ACCEPTED, false))).hasMessageContaining(Vars.DECISION_REASON);
        assertThat(lead).isWaitingAt(Activities.REVIEW_LEAD);
    }

    @Test
    void aDecisionThatNoUserCanBeHeldToIsRefused() {
        ProcessInstance lead = leadUnderReview();
        String taskId = task(lead, Activities.REVIEW_LEAD).getId();

        assertThatThrownBy(() -> engine.getTaskService().complete(taskId, Map.of(Vars.LEAD_ACCEPTED, true)))
                .hasMessageContaining("authenticated user");
        assertThat(LEAD_LEDGER.committed()).isEmpty();

        engine.getTaskService().claim(taskId, "prosecutor-zhao");
        engine.getTaskService().complete(taskId, Map.of(Vars.LEAD_ACCEPTED, true));
        runDueJobs();
        assertThat(LEAD_LEDGER.only("acceptLead").details()).containsEntry("decidedBy", "prosecutor-zhao");
    }

    @Test
    void anUnreachableSenderNodeIsRetriedAMinuteLater() {
        EVIDENCE_EXCHANGE.failNextCalls(1);
        ProcessInstance lead = receivedLead();

        assertThatThrownBy(() -> engine.getManagementService()
                .executeJob(jobBefore(lead, Activities.FETCH_AND_VERIFY_EVIDENCE).getId()))
                .hasStackTraceContaining("refused");
        assertThat(jobBefore(lead, Activities.FETCH_AND_VERIFY_EVIDENCE).getRetries()).isEqualTo(4);

        clockAt(Duration.ofMinutes(1));
        runDueJobs();
        assertThat(lead).isWaitingAt(Activities.REVIEW_LEAD);
    }

    @Test
    void anAcceptanceWhoseCommitWasNotConfirmedIsNotRecordedTwice() {
        ProcessInstance lead = leadUnderReview();
        LEAD_LEDGER.failNextCallsAfterCommit(1);

        assertThatThrownBy(() -> completeAs("prosecutor-li", lead, Activities.REVIEW_LEAD,
                Map.of(Vars.LEAD_ACCEPTED, true))).hasStackTraceContaining("unknown");
        assertThat(lead).isWaitingAt(Activities.ACCEPT_LEAD_ON_LEDGER);

        clockAt(Duration.ofMinutes(1));
        runDueJobs();
        assertThat(LEAD_LEDGER.committed("acceptLead")).hasSize(1);
        assertThat(lead).isWaitingAt(Activities.REPORT_LEAD_OUTCOME)
                .variables().containsEntry(Vars.DECISION_TX_ID, LEAD_LEDGER.only("acceptLead").txId());
    }

    @Test
    void theSameLedgerEventTwiceStartsOneIntake() {
        RouteResult first = router.route(SUBMITTED);
        RouteResult second = router.route(SUBMITTED);

        assertThat(first.outcome()).isEqualTo(Outcome.STARTED);
        assertThat(second.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(second.processInstanceId()).isEqualTo(first.processInstanceId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(Processes.LEAD_INTAKE).count()).isEqualTo(1);
    }

    @Test
    void anIntakeThatHasEndedIsNotStartedAgainWhenTheEventIsReplayed() {
        ProcessInstance lead = leadUnderReview();
        completeAs("prosecutor-wang", lead, Activities.REVIEW_LEAD,
                Map.of(Vars.LEAD_ACCEPTED, false, Vars.DECISION_REASON, "duplicate of LEAD-0"));
        assertThat(lead).isEnded();

        assertThat(router.route(SUBMITTED).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(Processes.LEAD_INTAKE).count()).isEqualTo(1);
    }
}
