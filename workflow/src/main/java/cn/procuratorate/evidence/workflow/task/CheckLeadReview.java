package cn.procuratorate.evidence.workflow.task;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.DECISION_REASON;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVIDENCE_VERIFIED;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.LEAD_ACCEPTED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Completion listener of the lead review. A lead is accepted only on evidence that was fetched and
 * matched the ledger (an agency checks what it receives before it accepts it), and a rejection
 * carries the reason the sender will read. Checked here, while the reviewer is still at the task,
 * rather than later in an asynchronous ledger call that could only fail into an incident.
 */
public class CheckLeadReview implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object accepted = task.getVariable(LEAD_ACCEPTED);
        if (!(accepted instanceof Boolean)) {
            throw new IllegalStateException("the review needs " + LEAD_ACCEPTED + " = true or false");
        }
        if ((Boolean) accepted && !Boolean.TRUE.equals(task.getVariable(EVIDENCE_VERIFIED))) {
            throw new IllegalStateException("a lead whose evidence did not verify against the ledger cannot be "
                    + "accepted; reject it with a reason");
        }
        Object reason = task.getVariable(DECISION_REASON);
        if (!(Boolean) accepted && (!(reason instanceof String text) || text.isBlank())) {
            throw new IllegalStateException("a rejection needs " + DECISION_REASON);
        }
    }
}
