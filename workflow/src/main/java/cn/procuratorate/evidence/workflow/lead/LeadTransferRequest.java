package cn.procuratorate.evidence.workflow.lead;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVIDENCE_IDS;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.FEEDBACK_REMIND_BEFORE;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.FEEDBACK_WITHIN;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.LEAD_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.RECEIVER_MSP;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUBMITTED_BY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUMMARY_DIGEST;

import cn.procuratorate.evidence.workflow.deadline.IsoDurations;
import cn.procuratorate.evidence.workflow.support.EvidenceIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A user's request to transfer a lead; starts {@code lead-transfer} at the sender.
 *
 * @param feedbackWithin       ISO-8601 duration, or null for the node's default
 * @param feedbackRemindBefore ISO-8601 duration, or null for the node's default
 */
public record LeadTransferRequest(
        String leadId,
        String receiverMsp,
        List<String> evidenceIds,
        String summaryDigest,
        String submittedBy,
        String feedbackWithin,
        String feedbackRemindBefore) {

    public LeadTransferRequest {
        requireText("leadId", leadId);
        requireText("receiverMsp", receiverMsp);
        requireText("submittedBy", submittedBy);
        evidenceIds = List.copyOf(evidenceIds);
        summaryDigest = summaryDigest == null ? "" : summaryDigest;
        if (feedbackWithin != null) {
            IsoDurations.requirePositive("feedbackWithin", feedbackWithin);
        }
        if (feedbackRemindBefore != null) {
            IsoDurations.requirePositive("feedbackRemindBefore", feedbackRemindBefore);
        }
    }

    public Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(LEAD_ID, leadId);
        variables.put(RECEIVER_MSP, receiverMsp);
        variables.put(EVIDENCE_IDS, EvidenceIds.join(evidenceIds));
        variables.put(SUMMARY_DIGEST, summaryDigest);
        variables.put(SUBMITTED_BY, submittedBy);
        if (feedbackWithin != null) {
            variables.put(FEEDBACK_WITHIN, feedbackWithin);
        }
        if (feedbackRemindBefore != null) {
            variables.put(FEEDBACK_REMIND_BEFORE, feedbackRemindBefore);
        }
        return variables;
    }

    static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
