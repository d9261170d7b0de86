package cn.procuratorate.evidence.workflow;

import static cn.procuratorate.evidence.workflow.WorkflowTestEngine.LEAD_LEDGER;
import static cn.procuratorate.evidence.workflow.WorkflowTestEngine.NOTIFIER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.procuratorate.evidence.workflow.WorkflowNames.Activities;
import cn.procuratorate.evidence.workflow.WorkflowNames.Messages;
import cn.procuratorate.evidence.workflow.WorkflowNames.Processes;
import cn.procuratorate.evidence.workflow.WorkflowNames.Roles;
import cn.procuratorate.evidence.workflow.WorkflowNames.Topics;
import cn.procuratorate.evidence.workflow.WorkflowNames.Vars;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotices;
import cn.procuratorate.evidence.workflow.event.LedgerEventRouter;
import cn.procuratorate.evidence.workflow.event.RouteResult.Outcome;
import cn.procuratorate.evidence.workflow.fakes.FakeLedger.Tx;
import cn.procuratorate.evidence.workflow.lead.LeadTransferRequest;
import cn.procuratorate.evidence.workflow.notice.DeadlineNotice;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The police's (sender's) side of a lead transfer, walked along every path. */
@Deployment(resources = "bpmn/lead-transfer.bpmn")
class LeadTransferProcessTest extends ProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = WorkflowTestEngine.extension();

    private static final String POLICE = "PoliceMSP";
    private static final String PROCURATORATE = "ProcuratorateMSP";
    private static final String DIGEST = "ab".repeat(32);

    private final WorkflowStarter starter = new WorkflowStarter(engine);
    private final LedgerEventRouter router = new LedgerEventRouter(engine, POLICE);

    private ProcessInstance startLead(String feedbackWithin, String remindBefore) {
        String id = starter.startLeadTransfer(new LeadTransferRequest("LEAD-1", PROCURATORATE,
                List.of("EV-1", "EV-2"), DIGEST, "officer-zhang", feedbackWithin, remindBefore));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private ProcessInstance submittedLead() {
        ProcessInstance lead = startLead(null, null);
        runDueJobs();
        return lead;
    }

    @Test
    void submitsTheLeadOnTheLedgerAndWaitsForTheReceiversDecision() {
        ProcessInstance lead = startLead(null, null);
        assertThat(lead).isWaitingAt(Activities.SUBMIT_LEAD_TO_LEDGER);
        assertThat(LEAD_LEDGER.committed()).as("nothing before the job ran").isEmpty();

        runDueJobs();

        Tx submitted = LEAD_LEDGER.only("submitLead");
        assertThat(submitted.businessKey()).isEqualTo("LEAD-1");
        assertThat(submitted.details()).containsEntry("receiverMsp", PROCURATORATE)
                .containsEntry("evidenceIds", List.of("EV-1", "EV-2"))
                .containsEntry("summaryDigest", DIGEST)
                .containsEntry("submittedBy", "officer-zhang");
        assertThat(lead).isWaitingAt(Activities.AWAIT_LEAD_DECISION)
                .isWaitingFor(Messages.LEAD_ACCEPTED, Messages.LEAD_REJECTED)
                .variables().containsEntry(Vars.SUBMIT_TX_ID, submitted.txId());
    }

    @Test
    void feedbackIsDueAfterThirtyDaysByDefaultWithAReminderThreeDaysBefore() {
        ProcessInstance lead = submittedLead();

        assertThat(lead).variables()
                .containsEntry(Vars.FEEDBACK_DUE_AT, startPlus(Duration.ofDays(30)))
                .containsEntry(Vars.FEEDBACK_REMIND_AT, startPlus(Duration.ofDays(27)));
        assertThat(timer(lead, Activities.FEEDBACK_REMINDER_DUE).getDuedate())
                .isEqualTo(startPlus(Duration.ofDays(27)));
        assertThat(timer(lead, Activities.FEEDBACK_DEADLINE_PASSED).getDuedate())
                .isEqualTo(startPlus(Duration.ofDays(30)));
    }

    @Test
    void acceptedThenConcludedEndsWithTheOutcome() {
        ProcessInstance lead = submittedLead();

        assertThat(router.route(LedgerEventNotices.leadAccepted("tx-accept", "LEAD-1", POLICE, "", "prosecutor-li"))
                .outcome()).isEqualTo(Outcome.CORRELATED);
        assertThat(lead).isWaitingAt(Activities.AWAIT_LEAD_OUTCOME).variables()
                .containsEntry(Vars.DECIDED_BY, "prosecutor-li");

        assertThat(router.route(LedgerEventNotices.leadConcluded("tx-outcome", "LEAD-1", POLICE, "CASE_FILED"))
                .outcome()).isEqualTo(Outcome.CORRELATED);
        assertThat(lead).hasPassed(Activities.LEAD_ACCEPTED_RECEIVED, Activities.LEAD_TRANSFER_CONCLUDED).isEnded();
        assertThat(variable(lead, Vars.LEAD_OUTCOME)).isEqualTo("CASE_FILED");
        assertThat(NOTIFIER.reminders()).isEmpty();
        assertThat(NOTIFIER.escalations()).isEmpty();
    }

    @Test
    void rejectedEndsWithTheReason() {
        ProcessInstance lead = submittedLead();

        router.route(LedgerEventNotices.leadRejected("tx-reject", "LEAD-1", POLICE, "not within our jurisdiction",
                "prosecutor-li"));

        assertThat(lead).hasPassed(Activities.LEAD_REJECTED_RECEIVED, Activities.LEAD_TRANSFER_REJECTED)
                .hasNotPassed(Activities.LEAD_ACCEPTED_RECEIVED).isEnded();
        assertThat(variable(lead, Vars.DECISION_REASON)).isEqualTo("not within our jurisdiction");
        assertThat(variable(lead, Vars.DECIDED_BY)).isEqualTo("prosecutor-li");
    }

    @Test
    void remindsBeforeAndEscalatesAfterAShortenedFeedbackDeadlineAndStillTakesALateDecision() {
        ProcessInstance lead = startLead("PT1H", "PT10M");
        runDueJobs();
        assertThat(timer(lead, Activities.FEEDBACK_REMINDER_DUE).getDuedate())
                .isEqualTo(startPlus(Duration.ofMinutes(50)));

        clockAt(Duration.ofMinutes(50));
        fireTimer(lead, Activities.FEEDBACK_REMINDER_DUE);

        assertThat(NOTIFIER.reminders()).containsExactly(new DeadlineNotice(Processes.LEAD_TRANSFER, "LEAD-1",
                Topics.LEAD_FEEDBACK, "officer-zhang", null, START.plus(Duration.ofHours(1))));
        assertThat(lead).hasPassed(Activities.REMIND_SUBMITTER_OF_FEEDBACK).isWaitingAt(Activities.AWAIT_LEAD_DECISION);
        assertThat(NOTIFIER.escalations()).isEmpty();

        clockAt(Duration.ofHours(1));
        fireTimer(lead, Activities.FEEDBACK_DEADLINE_PASSED);

        assertThat(NOTIFIER.escalations()).containsExactly(new DeadlineNotice(Processes.LEAD_TRANSFER, "LEAD-1",
                Topics.LEAD_FEEDBACK, "officer-zhang", Roles.AGENCY_HEAD, START.plus(Duration.ofHours(1))));
        assertThat(lead).hasPassed(Activities.ESCALATE_MISSING_FEEDBACK).isWaitingAt(Activities.AWAIT_LEAD_DECISION);

        router.route(LedgerEventNotices.leadRejected("tx-reject", "LEAD-1", POLICE, "insufficient", "prosecutor-li"));
        assertThat(lead).isEnded();
    }

    @Test
    void aFailingLedgerIsRetriedAMinuteLaterAndSubmitsOnce() {
        LEAD_LEDGER.failNextCallsBeforeCommit(1);
        ProcessInstance lead = startLead(null, null);
        Job job = jobBefore(lead, Activities.SUBMIT_LEAD_TO_LEDGER);

        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                .hasStackTraceContaining("ledger unavailable");

        Job retried = jobBefore(lead, Activities.SUBMIT_LEAD_TO_LEDGER);
        assertThat(retried.getRetries()).isEqualTo(4);
        assertThat(retried.getDuedate()).isEqualTo(startPlus(Duration.ofMinutes(1)));
        assertThat(LEAD_LEDGER.committed()).isEmpty();

        clockAt(Duration.ofMinutes(1));
        runDueJobs();

        assertThat(LEAD_LEDGER.committed("submitLead")).hasSize(1);
        assertThat(lead).isWaitingAt(Activities.AWAIT_LEAD_DECISION);
    }

    @Test
    void aRetryAfterAnUnknownOutcomeFindsTheFirstTransactionInsteadOfSubmittingAgain() {
        LEAD_LEDGER.failNextCallsAfterCommit(1);
        ProcessInstance lead = startLead(null, null);

        assertThatThrownBy(() -> engine.getManagementService()
                .executeJob(jobBefore(lead, Activities.SUBMIT_LEAD_TO_LEDGER).getId()))
                .hasStackTraceContaining("unknown");
        clockAt(Duration.ofMinutes(1));
        runDueJobs();

        assertThat(LEAD_LEDGER.attempts()).isEqualTo(2);
        Tx submitted = LEAD_LEDGER.only("submitLead");
        assertThat(lead).variables().containsEntry(Vars.SUBMIT_TX_ID, submitted.txId());
    }

    @Test
    void aLedgerDownForFiveAttemptsBecomesAnIncidentForTheAdministrator() {
        LEAD_LEDGER.failNextCallsBeforeCommit(5);
        ProcessInstance lead = startLead(null, null);

        for (int attempt = 0; attempt < 5; attempt++) {
            clockAt(Duration.ofMinutes(attempt));
            String jobId = jobBefore(lead, Activities.SUBMIT_LEAD_TO_LEDGER).getId();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(jobId));
        }

        assertThat(jobBefore(lead, Activities.SUBMIT_LEAD_TO_LEDGER).getRetries()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(lead.getId()).count())
                .isEqualTo(1);
        assertThat(LEAD_LEDGER.committed()).isEmpty();
    }

    @Test
    void askingTwiceForTheSameLeadStartsOneTransfer() {
        ProcessInstance first = startLead(null, null);
        ProcessInstance second = startLead(null, null);

        assertThat(second.getId()).isEqualTo(first.getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(Processes.LEAD_TRANSFER).count()).isEqualTo(1);
    }
}
