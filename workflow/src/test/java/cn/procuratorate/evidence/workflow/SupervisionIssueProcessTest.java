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
import cn.procuratorate.evidence.workflow.fakes.FakeLedger.Tx;
import cn.procuratorate.evidence.workflow.notice.DeadlineNotice;
import cn.procuratorate.evidence.workflow.supervision.SupervisionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The procuratorate's side of a supervision: issue, follow the deadline, evaluate, close or escalate. */
@Deployment(resources = "bpmn/supervision-issue.bpmn")
class SupervisionIssueProcessTest extends ProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = WorkflowTestEngine.extension();

    private static final String POLICE = "PoliceMSP";
    private static final String PROCURATORATE = "ProcuratorateMSP";
    private static final String ANSWER_DIGEST = "cd".repeat(32);
    private static final LedgerEventNotice ANSWERED =
            LedgerEventNotices.supervisionResponded("tx-answer", "SUP-1", PROCURATORATE, ANSWER_DIGEST);

    private final WorkflowStarter starter = new WorkflowStarter(engine);
    private final LedgerEventRouter router = new LedgerEventRouter(engine, PROCURATORATE);

    private ProcessInstance issue(String kind, String replyWithin, String remindBefore) {
        String id = starter.startSupervision(new SupervisionRequest("SUP-1", POLICE, kind, List.of("EV-9"),
                "ef".repeat(32), "prosecutor-li", replyWithin, remindBefore));
        runDueJobs();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private ProcessInstance awaitingAnswer() {
        return issue("CASE_FILING_EXPLANATION", null, null);
    }

    private ProcessInstance underEvaluation() {
        ProcessInstance supervision = awaitingAnswer();
        assertThat(router.route(ANSWERED).outcome()).isEqualTo(Outcome.CORRELATED);
        return supervision;
    }

    @Test
    void aCaseFilingExplanationIsIssuedOnTheLedgerWithSevenDaysToReply() {
        ProcessInstance supervision = awaitingAnswer();

        Tx issued = SUPERVISION_LEDGER.only("issue");
        assertThat(issued.businessKey()).isEqualTo("SUP-1");
        assertThat(issued.details()).containsEntry("targetMsp", POLICE)
                .containsEntry("kind", "CASE_FILING_EXPLANATION")
                .containsEntry("replyWithin", "P7D")
                .containsEntry("evidenceIds", List.of("EV-9"))
                .containsEntry("issuedBy", "prosecutor-li");
        assertThat(supervision).isWaitingAt(Activities.AWAIT_ANSWER).isWaitingFor(Messages.SUPERVISION_RESPONDED)
                .variables().containsEntry(Vars.ISSUE_TX_ID, issued.txId())
                .containsEntry(Vars.REPLY_DUE_AT, startPlus(Duration.ofDays(7)));
        assertThat(timer(supervision, Activities.REPLY_REMINDER_DUE).getDuedate())
                .isEqualTo(startPlus(Duration.ofDays(5)));
        assertThat(timer(supervision, Activities.REPLY_DEADLINE_PASSED).getDuedate())
                .isEqualTo(startPlus(Duration.ofDays(7)));
    }

    @Test
    void aProcuratorialRecommendationHasTwoCalendarMonthsAndIsRemindedAWeekBefore() {
        ProcessInstance supervision = issue("PROCURATORIAL_RECOMMENDATION", null, null);

        assertThat(SUPERVISION_LEDGER.only("issue").details()).containsEntry("replyWithin", "P2M");
        // 3 March 09:00 plus two calendar months is 3 May 09:00 China Standard Time.
        assertThat(timer(supervision, Activities.REPLY_DEADLINE_PASSED).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2025-05-03T01:00:00Z")));
        assertThat(timer(supervision, Activities.REPLY_REMINDER_DUE).getDuedate())
                .isEqualTo(Date.from(Instant.parse("2025-04-26T01:00:00Z")));
    }

    @Test
    void anAnswerInTimeThatSatisfiesIsEvaluatedAndClosedOnTheLedger() {
        ProcessInstance supervision = underEvaluation();
        assertThat(supervision).isWaitingAt(Activities.EVALUATE_ANSWER)
                .variables().containsEntry(Vars.RESPONSE_DIGEST, ANSWER_DIGEST);
        assertThat(supervision).task(Activities.EVALUATE_ANSWER).isAssignedTo("prosecutor-li")
                .hasCandidateGroupAssociated(Roles.PROSECUTOR);

        completeAs("prosecutor-li", supervision, Activities.EVALUATE_ANSWER,
                Map.of(Vars.ANSWER_SATISFACTORY, true, Vars.EVALUATION_NOTE, "the reasons hold"));

        assertThat(SUPERVISION_LEDGER.only("evaluate").details()).containsEntry("satisfied", true)
                .containsEntry("note", "the reasons hold").containsEntry("evaluatedBy", "prosecutor-li");
        assertThat(SUPERVISION_LEDGER.only("close").details()).containsEntry("closedBy", "prosecutor-li");
        assertThat(SUPERVISION_LEDGER.committed("markOverdue")).isEmpty();
        assertThat(SUPERVISION_LEDGER.committed("escalate")).isEmpty();
        assertThat(supervision).hasPassed(Activities.SUPERVISION_CLOSED_END).isEnded();
        assertThat(NOTIFIER.escalations()).isEmpty();
    }

    @Test
    void anAnswerThatDoesNotSatisfyIsEscalatedOnTheLedgerAndToTheChiefProsecutor() {
        ProcessInstance supervision = underEvaluation();

        completeAs("prosecutor-li", supervision, Activities.EVALUATE_ANSWER,
                Map.of(Vars.ANSWER_SATISFACTORY, false, Vars.EVALUATION_NOTE, "reasons contradict the file"));

        assertThat(SUPERVISION_LEDGER.only("evaluate").details()).containsEntry("satisfied", false);
        assertThat(SUPERVISION_LEDGER.only("escalate").details()).containsEntry("reason", "reasons contradict the file")
                .containsEntry("escalatedBy", "prosecutor-li");
        assertThat(SUPERVISION_LEDGER.committed("close")).isEmpty();
        assertThat(NOTIFIER.escalations()).containsExactly(new DeadlineNotice(Processes.SUPERVISION_ISSUE, "SUP-1",
                Topics.SUPERVISION_ESCALATED, "prosecutor-li", Roles.CHIEF_PROSECUTOR, START.plus(Duration.ofDays(7))));
        assertThat(supervision).hasPassed(Activities.SUPERVISION_ESCALATED_END).isEnded();
    }

    @Test
    void theIssuerIsRemindedBeforeTheDeadlineAndTheAnswerIsStillAwaited() {
        ProcessInstance supervision = awaitingAnswer();

        clockAt(Duration.ofDays(5));
        fireTimer(supervision, Activities.REPLY_REMINDER_DUE);

        assertThat(NOTIFIER.reminders()).containsExactly(new DeadlineNotice(Processes.SUPERVISION_ISSUE, "SUP-1",
                Topics.SUPERVISION_REPLY, "prosecutor-li", null, START.plus(Duration.ofDays(7))));
        assertThat(supervision).isWaitingAt(Activities.AWAIT_ANSWER);
        router.route(ANSWERED);
        assertThat(supervision).isWaitingAt(Activities.EVALUATE_ANSWER);
    }

    @Test
    void noAnswerByTheDeadlineIsMarkedOverdueAndEscalatedThenALateAnswerIsStillEvaluated() {
        ProcessInstance supervision = issue("CASE_FILING_EXPLANATION", "PT2H", "PT30M");
        assertThat(timer(supervision, Activities.REPLY_DEADLINE_PASSED).getDuedate())
                .isEqualTo(startPlus(Duration.ofHours(2)));

        clockAt(Duration.ofHours(2));
        fireTimer(supervision, Activities.REPLY_DEADLINE_PASSED);

        assertThat(SUPERVISION_LEDGER.only("markOverdue").businessKey()).isEqualTo("SUP-1");
        assertThat(NOTIFIER.escalations()).containsExactly(new DeadlineNotice(Processes.SUPERVISION_ISSUE, "SUP-1",
                Topics.SUPERVISION_REPLY, "prosecutor-li", Roles.CHIEF_PROSECUTOR, START.plus(Duration.ofHours(2))));
        assertThat(supervision).isWaitingAt(Activities.AWAIT_LATE_ANSWER).isNotWaitingAt(Activities.AWAIT_ANSWER);
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(supervision.getId()).timers()
                .count()).as("the reminder went with the wait it belonged to").isZero();

        assertThat(router.route(ANSWERED).outcome()).isEqualTo(Outcome.CORRELATED);
        completeAs("prosecutor-li", supervision, Activities.EVALUATE_ANSWER, Map.of(Vars.ANSWER_SATISFACTORY, true));

        assertThat(supervision).hasPassed(Activities.MARK_SUPERVISION_OVERDUE, Activities.SUPERVISION_CLOSED_END)
                .isEnded();
        assertThat(SUPERVISION_LEDGER.committed()).extracting(Tx::operation)
                .containsExactly("issue", "markOverdue", "evaluate", "close");
    }

    @Test
    void markingOverdueIsRetriedWhenTheLedgerFails() {
        ProcessInstance supervision = issue("CASE_FILING_EXPLANATION", "PT2H", "PT30M");
        SUPERVISION_LEDGER.failNextCallsBeforeCommit(1);
        clockAt(Duration.ofHours(2));

        assertThatThrownBy(() -> fireTimer(supervision, Activities.REPLY_DEADLINE_PASSED))
                .hasStackTraceContaining("ledger unavailable");
        assertThat(supervision).isWaitingAt(Activities.MARK_SUPERVISION_OVERDUE);

        clockAt(Duration.ofHours(2).plusMinutes(1));
        runDueJobs();
        assertThat(SUPERVISION_LEDGER.committed("markOverdue")).hasSize(1);
        assertThat(supervision).isWaitingAt(Activities.AWAIT_LATE_ANSWER);
    }

    @Test
    void anIssueWhoseCommitWasNotConfirmedIsNotIssuedTwice() {
        SUPERVISION_LEDGER.failNextCallsAfterCommit(1);
        assertThatThrownBy(() -> awaitingAnswer()).hasStackTraceContaining("unknown");

        clockAt(Duration.ofMinutes(1));
        runDueJobs();

        assertThat(SUPERVISION_LEDGER.committed("issue")).hasSize(1);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("SUP-1")
                .activityIdIn(Activities.AWAIT_ANSWER).count()).isEqualTo(1);
    }

    @Test
    void theSameAnswerDeliveredTwiceReachesTheEvaluationOnce() {
        ProcessInstance supervision = underEvaluation();

        RouteResult replay = router.route(ANSWERED);

        assertThat(replay.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(replay.processInstanceId()).isEqualTo(supervision.getId());
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(supervision.getId()).count())
                .isEqualTo(1);
    }

    @Test
    void anAnswerThatArrivesBeforeTheIssuerWaitsForItIsToBeDeliveredAgain() {
        String id = starter.startSupervision(new SupervisionRequest("SUP-1", POLICE, "CASE_FILING_EXPLANATION",
                List.of(), "", "prosecutor-li", null, null));

        RouteResult early = router.route(ANSWERED);
        assertThat(early.outcome()).isEqualTo(Outcome.NOT_YET_WAITING);
        assertThat(early.settled()).isFalse();

        runDueJobs();
        assertThat(router.route(ANSWERED).outcome()).isEqualTo(Outcome.CORRELATED);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id)
                .taskDefinitionKey(Activities.EVALUATE_ANSWER).count()).isEqualTo(1);
    }

    @Test
    void anUnknownKindIsRefusedBeforeAnythingIsStarted() {
        assertThatThrownBy(() -> issue("PLEASE_EXPLAIN", null, null))
                .hasStackTraceContaining("no reply deadline configured for supervision kind \"PLEASE_EXPLAIN\"");

        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
        assertThat(SUPERVISION_LEDGER.committed()).isEmpty();
    }
}
