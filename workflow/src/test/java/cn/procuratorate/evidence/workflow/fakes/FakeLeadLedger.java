package cn.procuratorate.evidence.workflow.fakes;

import cn.procuratorate.evidence.workflow.lead.LeadLedger;
import java.util.List;
import java.util.Map;

public class FakeLeadLedger extends FakeLedger implements LeadLedger {

    public FakeLeadLedger() {
        super("lead-tx-");
    }

    @Override
    public String submitLead(String leadId, String receiverMsp, List<String> evidenceIds, String summaryDigest,
            String submittedBy) {
        return commit("submitLead", leadId, Map.of("receiverMsp", receiverMsp, "evidenceIds", evidenceIds,
                "summaryDigest", summaryDigest, "submittedBy", submittedBy)).txId();
    }

    @Override
    public String acceptLead(String leadId, String reason, String decidedBy) {
        return commit("acceptLead", leadId, Map.of("reason", reason, "decidedBy", decidedBy)).txId();
    }

    @Override
    public String rejectLead(String leadId, String reason, String decidedBy) {
        return commit("rejectLead", leadId, Map.of("reason", reason, "decidedBy", decidedBy)).txId();
    }

    @Override
    public String recordLeadOutcome(String leadId, String outcome, String recordedBy) {
        return commit("recordLeadOutcome", leadId, Map.of("outcome", outcome, "recordedBy", recordedBy)).txId();
    }
}
