package cn.procuratorate.evidence.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.procuratorate.evidence.workflow.WorkflowNames.Activities;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotice;
import cn.procuratorate.evidence.workflow.event.LedgerEventNotices;
import cn.procuratorate.evidence.workflow.event.LedgerEventRouter;
import cn.procuratorate.evidence.workflow.event.RouteResult;
import cn.procuratorate.evidence.workflow.event.RouteResult.Outcome;
import cn.procuratorate.evidence.workflow.lead.LeadTransferRequest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the router does with events that are not simply the next step of a waiting process. */
@Deployment(resources = {"bpmn/lead-transfer.bpmn", "bpmn/lead-intake.bpmn", "bpmn/supervision-issue.bpmn",
        "bpmn/supervision-response.bpmn"})
class LedgerEventRouterTest extends ProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = WorkflowTestEngine.extension();

    private static final String POLICE = "PoliceMSP";
    private static final String PROCURATORATE = "ProcuratorateMSP";

    private final LedgerEventRouter policeNode = new LedgerEventRouter(engine, POLICE);
    private final WorkflowStarter starter = new WorkflowStarter(engine);

    private ProcessInstance leadAwaitingDecision(String leadId) {
        String id = starter.startLeadTransfer(new LeadTransferRequest(leadId, PROCURATORATE, List.of("EV-1"), "",
                "officer-zhang", null, null));
        runDueJobs();
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    @Test
    void theSendersOwnSubmissionEventDoesNotStartAnIntakeAtTheSender() {
        RouteResult result = policeNode.route(LedgerEventNotices.leadSubmitted("tx-1", "LEAD-1", POLICE,
                PROCURATORATE, List.of("EV-1"), "", "officer-zhang"));

        assertThat(result.outcome()).isEqualTo(Outcome.IGNORED);
        assertThat(result.settled()).isTrue();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
    }

    @Test
    void anEventNoWorkflowReactsToIsIgnored() {
        RouteResult result = policeNode.route(new LedgerEventNotice("tx-2", "EvidenceRegistered", "EV-1", POLICE,
                Map.of()));

        assertThat(result.outcome()).isEqualTo(Outcome.IGNORED);
        assertThat(result.detail()).contains("EvidenceRegistered");
    }

    @Test
    void aDecisionOnALeadThisNodeNeverSentIsIgnored() {
        RouteResult result = policeNode.route(LedgerEventNotices.leadAccepted("tx-3", "LEAD-404", POLICE, "", "p"));

        assertThat(result.outcome()).isEqualTo(Outcome.IGNORED);
        assertThat(result.detail()).contains("LEAD-404");
    }

    @Test
    void aDecisionReachesOnlyTheLeadItIsAbout() {
        ProcessInstance first = leadAwaitingDecision("LEAD-1");
        ProcessInstance second = leadAwaitingDecision("LEAD-2");

        RouteResult result = policeNode.route(LedgerEventNotices.leadAccepted("tx-4", "LEAD-2", POLICE, "", "p"));

        assertThat(result.outcome()).isEqualTo(Outcome.CORRELATED);
        assertThat(result.processInstanceId()).isEqualTo(second.getId());
        assertThat(first).isWaitingAt(Activities.AWAIT_LEAD_DECISION);
        assertThat(second).isWaitingAt(Activities.AWAIT_LEAD_OUTCOME);
    }

    @Test
    void aSecondDecisionAfterTheLeadWasRejectedIsIgnoredNotApplied() {
        ProcessInstance lead = leadAwaitingDecision("LEAD-1");
        policeNode.route(LedgerEventNotices.leadRejected("tx-5", "LEAD-1", POLICE, "no", "p"));
        assertThat(lead).isEnded();

        RouteResult late = policeNode.route(LedgerEventNotices.leadAccepted("tx-6", "LEAD-1", POLICE, "", "p"));

        assertThat(late.outcome()).isEqualTo(Outcome.IGNORED);
        assertThat(late.detail()).contains("ended");
        assertThat(lead).hasNotPassed(Activities.LEAD_ACCEPTED_RECEIVED);
    }

    @Test
    void theSameDecisionDeliveredAgainIsADuplicateEvenAfterTheProcessMovedOn() {
        ProcessInstance lead = leadAwaitingDecision("LEAD-1");
        LedgerEventNotice accepted = LedgerEventNotices.leadAccepted("tx-7", "LEAD-1", POLICE, "", "p");

        assertThat(policeNode.route(accepted).outcome()).isEqualTo(Outcome.CORRELATED);
        RouteResult again = policeNode.route(accepted);

        assertThat(again.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(again.processInstanceId()).isEqualTo(lead.getId());
        assertThat(lead).isWaitingAt(Activities.AWAIT_LEAD_OUTCOME);
    }
}
