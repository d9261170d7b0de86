package cn.procuratorate.evidence.workflow;

import static cn.procuratorate.evidence.workflow.WorkflowTestEngine.NOTIFIER;
import static cn.procuratorate.evidence.workflow.WorkflowTestEngine.SUPERVISION_LEDGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.procuratorate.evidence.workflow.WorkflowNames.Activities;
import cn.procuratorate.evidence.workflow.WorkflowNames.Messages;
import cn.procuratorate.evidence.workflow.WorkflowNames.Processes;
import cn.procuratorate.evidence.workflow.WorkflowNames.Roles;
import cn.procuratorate.evidence.workflow.WorkflowNames.Topics;
import cn.procuratorate.evidence.workflow.WorkflowNames.Vars;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotice;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotices;
import cn.procuratorate.evidence.workflow.event.LedgerEventRouter;
import cn.procuratorate.evidence.workflow.event.RouteResult;
import cn.procuratorate.evidence.workflow.event.RouteResult.Outcome;
import cn.procuratorate.evidence.workflow.notice.DeadlineNotice;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The supervised agency's side: assign, draft, approve, send; deadlines; the procuratorate's verdict. */
@Deployment(resources = "bpmn/supervision-response.bpmn")
class SupervisionResponseProcessTest extends ProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = WorkflowTestEngine.extension();

    private static final String POLICE = "PoliceMSP";
    private static final String PROCURATORATE = "ProcuratorateMSP";
    private static final String ANSWER = "cd".repeat(32);
    private static final String BETTER_ANSWER = "ce".repeat(32);
    private static final LedgerEventNotice ISSUED = LedgerEventNotices.supervisionIssued("tx-issue", "SUP-1",
            PROCURATORATE, POLICE, "CASE_FILING_EXPLANATION", List.of("EV-9"), "ef".repeat(32),
            START.plus(Duration.ofDays(7)));
    private static final LedgerEventNotice CLOSED = LedgerEventNotices.supervisionClosed("tx-close", "SUP-1", POLICE);

    private final LedgerEventRouter router = new LedgerEventRouter(engine, POLICE);

    private ProcessInstance received() {
        RouteResult started = router.route(ISSUED);
        assertThat(started.outcome()).isEqualTo(Outcome.STARTED);
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(started.processInstanceId()).singleResult();
    }

    private ProcessInstance assigned() {
        ProcessInstance supervision = received();
        completeAs("desk-chen", supervision, Activities.ASSIGN_SUPERVISION, Map.of(Vars.ANSWER_ASSIGNEE, "officer-wu"));
        return supervision;
    }

    private ProcessInstance drafted() {
        ProcessInstance supervision = assigned();
        completeAs("officer-wu", supervision, Activities.DRAFT_ANSWER, Map.of(Vars.RESPONSE_DIGEST, ANSWER));
        return supervision;
    }

    private ProcessInstance sent() {
        ProcessInstance supervision = drafted();
        completeAs("head-zhou", supervision, Activities.APPROVE_ANSWER, Map.of(Vars.ANSWER_APPROVED, true));
        return supervision;
    }

    @Test
    void theIssuedSupervisionStartsAtTheDeskWithTheLedgersDeadline() {
        ProcessInstance supervision = received();

        assertThat(supervision).isWaitingAt(Activities.ASSIGN_SUPERVISION)
                .variables().containsEntry(Vars.REPLY_DUE_AT, startPlus(Duration.ofDays(7)))
                .containsEntry(Vars.ISSUER_MSP, PROCURATORATE);
        assertThat(supervision).task(Activities.ASSIGN_SUPERVISION).hasCandidateGroup(Roles.SUPERVISION_DESK);
        assertThat(timer(supervision, Activities.ANSWER_REMINDER_DUE).getDuedate())
                .isEqualTo(startPlus(Duration.ofDays(5)));
        assertThat(timer(supervision, Activities.ANSWER_DEADLINE_PASSED).getDuedate())
                .isEqualTo(startPlus(Duration.ofDays(7)));
    }

    @Test
    void theAnswerIsAssignedDraftedApprovedAndSentWithItsAuthorsThenClosed() {
        ProcessInstance supervision = assigned();
        assertThat(supervision).task(Activities.DRAFT_ANSWER).isAssignedTo("officer-wu");

        completeAs("officer-wu", supervision, Activities.DRAFT_ANSWER, Map.of(Vars.RESPONSE_DIGEST, ANSWER));
        assertThat(supervision).task(Activities.APPROVE_ANSWER).hasCandidateGroup(Roles.AGENCY_HEAD);
        assertThat(SUPERVISION_LEDGER.committed()).as("nothing leaves before approval").isEmpty();

        completeAs("head-zhou", supervision, Activities.APPROVE_ANSWER, Map.of(Vars.ANSWER_APPROVED, true));

        assertThat(SUPERVISION_LEDGER.only("respond").details()).containsEntry("responseDigest", ANSWER)
                .containsEntry("answeredBy", "officer-wu").containsEntry("approvedBy", "head-zhou");
        assertThat(supervision).isWaitingAt(Activities.AWAIT_EVALUATION)
                .isWaitingFor(Messages.SUPERVISION_CLOSED, Messages.SUPERVISION_ESCALATED)
                .variables().containsEntry(Vars.ASSIGNED_BY, "desk-chen");

        assertThat(router.route(CLOSED).outcome()).isEqualTo(Outcome.CORRELATED);
        assertThat(supervision).hasPassed(Activities.RESPONSE_CLOSED_END).isEnded();
    }

    @Test
    void anAnswerSentBackIsRedraftedAndOnlyTheApprovedVersionLeaves() {
        ProcessInstance supervision = drafted();

        completeAs("head-zhou", supervision, Activities.APPROVE_ANSWER,
                Map.of(Vars.ANSWER_APPROVED, false, Vars.APPROVAL_NOTE, "cite the file numbers"));
        assertThat(supervision).isWaitingAt(Activities.DRAFT_ANSWER);
        assertThat(SUPERVISION_LEDGER.committed()).isEmpty();

        completeAs("officer-wu", supervision, Activities.DRAFT_ANSWER, Map.of(Vars.RESPONSE_DIGEST, BETTER_ANSWER));
        completeAs("head-zhou", supervision, Activities.APPROVE_ANSWER, Map.of(Vars.ANSWER_APPROVED, true));

        assertThat(SUPERVISION_LEDGER.only("respond").details()).containsEntry("responseDigest", BETTER_ANSWER);
    }

    @Test
    void theDrafterCannotApproveTheirOwnAnswer() {
        ProcessInstance supervision = drafted();

        assertThatThrownBy(() -> completeAs("officer-wu", supervision, Activities.APPROVE_ANSWER,
                Map.of(Vars.ANSWER_APPROVED, true))).hasMessageContaining("another user");
        assertThat(supervision).isWaitingAt(Activities.APPROVE_ANSWER);
        assertThat(SUPERVISION_LEDGER.committed()).isEmpty();
    }

    @Test
    void aDraftWithoutAProperDigestIsRefused() {
        ProcessInstance supervision = assigned();

        assertThatThrownBy(() -> completeAs("officer-wu", supervision, Activities.DRAFT_ANSWER,
                Map.of(Vars.RESPONSE_DIGEST, "see attachment"))).hasMessageContaining("SHA-256");
        assertThat(supervision).isWaitingAt(Activities.DRAFT_ANSWER);
    }

    @Test
    void aReminderBeforeAssignmentGoesToTheDesk() {
        ProcessInstance supervision = received();

        fireTimer(supervision, Activities.ANSWER_REMINDER_DUE);

        assertThat(NOTIFIER.reminders()).containsExactly(new DeadlineNotice(Processes.SUPERVISION_RESPONSE, "SUP-1",
                Topics.SUPERVISION_ANSWER, null, Roles.SUPERVISION_DESK, START.plus(Duration.ofDays(7))));
    }

    @Test
    void theDrafterIsRemindedBeforeAndTheHeadAlertedAfterTheDeadlineWhileTheAnswerIsStillDue() {
        ProcessInstance supervision = assigned();

        clockAt(Duration.ofDays(5));
        fireTimer(supervision, Activities.ANSWER_REMINDER_DUE);
        assertThat(NOTIFIER.reminders()).containsExactly(new DeadlineNotice(Processes.SUPERVISION_RESPONSE, "SUP-1",
                Topics.SUPERVISION_ANSWER, "officer-wu", Roles.SUPERVISION_DESK, START.plus(Duration.ofDays(7))));

        clockAt(Duration.ofDays(7));
        fireTimer(supervision, Activities.ANSWER_DEADLINE_PASSED);
        assertThat(NOTIFIER.escalations()).containsExactly(new DeadlineNotice(Processes.SUPERVISION_RESPONSE, "SUP-1",
                Topics.SUPERVISION_ANSWER, null, Roles.AGENCY_HEAD, START.plus(Duration.ofDays(7))));
        assertThat(supervision).isWaitingAt(Activities.DRAFT_ANSWER);

        completeAs("officer-wu", supervision, Activities.DRAFT_ANSWER, Map.of(Vars.RESPONSE_DIGEST, ANSWER));
        completeAs("head-zhou", supervision, Activities.APPROVE_ANSWER, Map.of(Vars.ANSWER_APPROVED, true));
        assertThat(SUPERVISION_LEDGER.committed("respond")).hasSize(1);
    }

    @Test
    void anEscalationByTheProcuratorateIsToldToTheAgencyHead() {
        ProcessInstance supervision = sent();

        router.route(LedgerEventNotices.supervisionEscalated("tx-esc", "SUP-1", POLICE, "reasons contradict the file"));
        runDueJobs();

        assertThat(NOTIFIER.escalations()).containsExactly(new DeadlineNotice(Processes.SUPERVISION_RESPONSE, "SUP-1",
                Topics.SUPERVISION_ESCALATED, "head-zhou", Roles.AGENCY_HEAD, START.plus(Duration.ofDays(7))));
        assertThat(supervision).hasPassed(Activities.RESPONSE_ESCALATED_END).isEnded();
        assertThat(variable(supervision, Vars.ESCALATION_REASON)).isEqualTo("reasons contradict the file");
    }

    @Test
    void sendingTheAnswerIsRetriedUntilTheLedgerTakesIt() {
        ProcessInstance supervision = drafted();
        SUPERVISION_LEDGER.failNextCallsBeforeCommit(2);

        assertThatThrownBy(() -> completeAs("head-zhou", supervision, Activities.APPROVE_ANSWER,
                Map.of(Vars.ANSWER_APPROVED, true))).hasStackTraceContaining("ledger unavailable");
        clockAt(Duration.ofMinutes(1));
        assertThatThrownBy(this::runDueJobs).hasStackTraceContaining("ledger unavailable");
        assertThat(jobBefore(supervision, Activities.RECORD_ANSWER_ON_LEDGER).getRetries()).isEqualTo(3);

        clockAt(Duration.ofMinutes(2));
        runDueJobs();
        assertThat(SUPERVISION_LEDGER.committed("respond")).hasSize(1);
        assertThat(supervision).isWaitingAt(Activities.AWAIT_EVALUATION);
    }

    @Test
    void eventsDeliveredTwiceStartOneResponseAndCloseItOnce() {
        ProcessInstance supervision = sent();

        assertThat(router.route(ISSUED).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(router.route(CLOSED).outcome()).isEqualTo(Outcome.CORRELATED);
        assertThat(router.route(CLOSED).outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(supervision).isEnded();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(Processes.SUPERVISION_RESPONSE).count()).isEqualTo(1);
    }
}
