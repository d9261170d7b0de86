package cn.procuratorate.evidence.workflow.fakes;

import cn.procuratorate.evidence.workflow.deadline.IsoDurations;
import cn.procuratorate.evidence.workflow.supervision.IssuedSupervision;
import cn.procuratorate.evidence.workflow.supervision.SupervisionLedger;
import cn.procuratorate.evidence.workflow.supervision.SupervisionToIssue;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

public class FakeSupervisionLedger extends FakeLedger implements SupervisionLedger {

    public FakeSupervisionLedger() {
        super("supervision-tx-");
    }

    /** Like the chaincode: the deadline is the transaction time (here the engine's clock) plus the period. */
    @Override
    public IssuedSupervision issue(SupervisionToIssue s) {
        Date dueAt = IsoDurations.plus(ClockUtil.getCurrentTime(), s.replyWithin());
        Tx tx = commit("issue", s.supervisionId(), Map.of("targetMsp", s.targetMsp(), "kind", s.kind(),
                "evidenceIds", s.evidenceIds(), "subjectDigest", s.subjectDigest(), "replyWithin", s.replyWithin(),
                "issuedBy", s.issuedBy(), "replyDueAt", dueAt.toInstant()));
        return new IssuedSupervision(tx.txId(), (Instant) tx.details().get("replyDueAt"));
    }

    @Override
    public String respond(String supervisionId, String responseDigest, String answeredBy, String approvedBy) {
        return commit("respond", supervisionId, Map.of("responseDigest", responseDigest, "answeredBy", answeredBy,
                "approvedBy", approvedBy)).txId();
    }

    @Override
    public String markOverdue(String supervisionId) {
        return commit("markOverdue", supervisionId, Map.of()).txId();
    }

    @Override
    public String evaluate(String supervisionId, boolean satisfied, String note, String evaluatedBy) {
        return commit("evaluate", supervisionId, Map.of("satisfied", satisfied, "note", note,
                "evaluatedBy", evaluatedBy)).txId();
    }

    @Override
    public String close(String supervisionId, String closedBy) {
        return commit("close", supervisionId, Map.of("closedBy", closedBy)).txId();
    }

    @Override
    public String escalate(String supervisionId, String reason, String escalatedBy) {
        return commit("escalate", supervisionId, Map.of("reason", reason, "escalatedBy", escalatedBy)).txId();
    }
}
