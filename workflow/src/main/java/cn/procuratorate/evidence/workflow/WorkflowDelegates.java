package cn.procuratorate.evidence.workflow;

import cn.procuratorate.evidence.workflow.WorkflowNames.Beans;
import cn.procuratorate.evidence.workflow.deadline.DeadlineRules;
import cn.procuratorate.evidence.workflow.lead.AcceptLeadOnLedgerDelegate;
import cn.procuratorate.evidence.workflow.lead.FetchAndVerifyEvidenceDelegate;
import cn.procuratorate.evidence.workflow.lead.PlanFeedbackDeadlineDelegate;
import cn.procuratorate.evidence.workflow.lead.RecordLeadOutcomeOnLedgerDelegate;
import cn.procuratorate.evidence.workflow.lead.RejectLeadOnLedgerDelegate;
import cn.procuratorate.evidence.workflow.lead.SubmitLeadToLedgerDelegate;
import cn.procuratorate.evidence.workflow.notice.SendEscalationDelegate;
import cn.procuratorate.evidence.workflow.notice.SendReminderDelegate;
import cn.procuratorate.evidence.workflow.supervision.ApplyReplyPeriodRulesDelegate;
import cn.procuratorate.evidence.workflow.supervision.CloseSupervisionOnLedgerDelegate;
import cn.procuratorate.evidence.workflow.supervision.EscalateSupervisionOnLedgerDelegate;
import cn.procuratorate.evidence.workflow.supervision.IssueSupervisionOnLedgerDelegate;
import cn.procuratorate.evidence.workflow.supervision.MarkSupervisionOverdueDelegate;
import cn.procuratorate.evidence.workflow.supervision.PlanReplyReminderDelegate;
import cn.procuratorate.evidence.workflow.supervision.RecordAnswerOnLedgerDelegate;
import cn.procuratorate.evidence.workflow.supervision.RecordEvaluationOnLedgerDelegate;
import java.util.Map;
import java.util.TreeMap;

/**
 * The delegates under the names the processes use in {@code camunda:delegateExpression}. An engine
 * without Spring takes this map as its beans ({@code ProcessEngineConfigurationImpl.setBeans});
 * with Spring, the node registers each entry as a bean of that name.
 */
public final class WorkflowDelegates {

    private WorkflowDelegates() {
    }

    public static Map<String, Object> create(WorkflowPorts ports, DeadlineRules rules) {
        Map<String, Object> beans = new TreeMap<>();
        beans.put(Beans.SUBMIT_LEAD_TO_LEDGER, new SubmitLeadToLedgerDelegate(ports.leadLedger()));
        beans.put(Beans.PLAN_FEEDBACK_DEADLINE, new PlanFeedbackDeadlineDelegate(rules));
        beans.put(Beans.FETCH_AND_VERIFY_EVIDENCE, new FetchAndVerifyEvidenceDelegate(ports.evidenceExchange()));
        beans.put(Beans.ACCEPT_LEAD_ON_LEDGER, new AcceptLeadOnLedgerDelegate(ports.leadLedger()));
        beans.put(Beans.REJECT_LEAD_ON_LEDGER, new RejectLeadOnLedgerDelegate(ports.leadLedger()));
        beans.put(Beans.RECORD_LEAD_OUTCOME_ON_LEDGER, new RecordLeadOutcomeOnLedgerDelegate(ports.leadLedger()));
        beans.put(Beans.APPLY_REPLY_PERIOD_RULES, new ApplyReplyPeriodRulesDelegate(rules));
        beans.put(Beans.ISSUE_SUPERVISION_ON_LEDGER, new IssueSupervisionOnLedgerDelegate(ports.supervisionLedger()));
        beans.put(Beans.PLAN_REPLY_REMINDER, new PlanReplyReminderDelegate());
        beans.put(Beans.MARK_SUPERVISION_OVERDUE, new MarkSupervisionOverdueDelegate(ports.supervisionLedger()));
        beans.put(Beans.RECORD_EVALUATION_ON_LEDGER, new RecordEvaluationOnLedgerDelegate(ports.supervisionLedger()));
        beans.put(Beans.CLOSE_SUPERVISION_ON_LEDGER, new CloseSupervisionOnLedgerDelegate(ports.supervisionLedger()));
        beans.put(Beans.ESCALATE_SUPERVISION_ON_LEDGER,
                new EscalateSupervisionOnLedgerDelegate(ports.supervisionLedger()));
        beans.put(Beans.RECORD_ANSWER_ON_LEDGER, new RecordAnswerOnLedgerDelegate(ports.supervisionLedger()));
        beans.put(Beans.SEND_REMINDER, new SendReminderDelegate(ports.notifier()));
        beans.put(Beans.SEND_ESCALATION, new SendEscalationDelegate(ports.notifier()));
        return beans;
    }
}
