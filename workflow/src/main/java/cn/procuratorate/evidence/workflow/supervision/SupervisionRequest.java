package cn.procuratorate.evidence.workflow.supervision;

import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.EVIDENCE_IDS;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.ISSUED_BY;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.REPLY_REMIND_BEFORE;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.REPLY_WITHIN;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUBJECT_DIGEST;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUPERVISION_ID;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.SUPERVISION_KIND;
import static cn.procuratorate.evidence.workflow.WorkflowNames.Vars.TARGET_MSP;

import cn.procuratorate.evidence.workflow.deadline.IsoDurations;
import cn.procuratorate.evidence.workflow.support.EvidenceIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A prosecutor's request to issue a supervision; starts {@code supervision-issue}.
 *
 * @param kind              the ledger's {@code SupervisionKind} name
 * @param replyWithin       ISO-8601 duration, or null for the node's default for the kind
 * @param replyRemindBefore ISO-8601 duration, or null for the node's default for the kind
 */
public record SupervisionRequest(
        String supervisionId,
        String targetMsp,
        String kind,
        List<String> evidenceIds,
        String subjectDigest,
        String issuedBy,
        String replyWithin,
        String replyRemindBefore) {

    public SupervisionRequest {
        for (String[] field : new String[][] {{"supervisionId", supervisionId}, {"targetMsp", targetMsp},
                {"kind", kind}, {"issuedBy", issuedBy}}) {
            if (field[1] == null || field[1].isBlank()) {
                throw new IllegalArgumentException(field[0] + " is required");
            }
        }
        evidenceIds = List.copyOf(evidenceIds);
        subjectDigest = subjectDigest == null ? "" : subjectDigest;
        if (replyWithin != null) {
            IsoDurations.requirePositive("replyWithin", replyWithin);
        }
        if (replyRemindBefore != null) {
            IsoDurations.requirePositive("replyRemindBefore", replyRemindBefore);
        }
    }

    public Map<String, Object> variables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put(SUPERVISION_ID, supervisionId);
        variables.put(TARGET_MSP, targetMsp);
        variables.put(SUPERVISION_KIND, kind);
        variables.put(EVIDENCE_IDS, EvidenceIds.join(evidenceIds));
        variables.put(SUBJECT_DIGEST, subjectDigest);
        variables.put(ISSUED_BY, issuedBy);
        if (replyWithin != null) {
            variables.put(REPLY_WITHIN, replyWithin);
        }
        if (replyRemindBefore != null) {
            variables.put(REPLY_REMIND_BEFORE, replyRemindBefore);
        }
        return variables;
    }
}
