package cn.procuratorate.evidence.workflow;

import cn.procuratorate.evidence.workflow.evidence.EvidenceExchange;
import cn.procuratorate.evidence.workflow.lead.LeadLedger;
import cn.procuratorate.evidence.workflow.notice.Notifier;
import cn.procuratorate.evidence.workflow.supervision.SupervisionLedger;
import java.util.Objects;

/** Everything the processes need from the agency node; the node implements each port. */
public record WorkflowPorts(
        LeadLedger leadLedger,
        SupervisionLedger supervisionLedger,
        EvidenceExchange evidenceExchange,
        Notifier notifier) {

    public WorkflowPorts {
        Objects.requireNonNull(leadLedger, "leadLedger");
        Objects.requireNonNull(supervisionLedger, "supervisionLedger");
        Objects.requireNonNull(evidenceExchange, "evidenceExchange");
        Objects.requireNonNull(notifier, "notifier");
    }
}
