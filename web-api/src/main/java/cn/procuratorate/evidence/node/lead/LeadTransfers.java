package cn.procuratorate.evidence.node.lead;

import cn.procuratorate.evidence.workflow.WorkflowNames.Vars;

import cn.procuratorate.evidence.ledger.model.Lead;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.node.agency.AgencyNode;
import cn.procuratorate.evidence.node.agency.ConsortiumMember;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.security.NodeRole;
import cn.procuratorate.evidence.node.security.NodeUser;
import cn.procuratorate.evidence.node.workflow.HandOffInput;
import cn.procuratorate.evidence.node.workflow.NoticeBoard;
import cn.procuratorate.evidence.node.workflow.ProcessProgress;
import cn.procuratorate.evidence.node.workflow.WorkflowProgress;
import cn.procuratorate.evidence.workflow.WorkflowNames.Processes;
import cn.procuratorate.evidence.workflow.WorkflowStarter;
import cn.procuratorate.evidence.workflow.lead.LeadTransferRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Starts lead transfers and shows leads with their ledger record and this node's process. */
@Service
public class LeadTransfers {

  /** What the lead's view shows of the process variables: decisions, verdicts, transaction ids. */
  private static final List<String> SHOWN_VARIABLES = List.of(Vars.SUBMIT_TX_ID, Vars.DECISION_TX_ID,
      Vars.OUTCOME_TX_ID, Vars.EVIDENCE_VERIFIED, Vars.EVIDENCE_REPORT, Vars.LEAD_ACCEPTED, Vars.DECISION_REASON,
      Vars.REVIEWED_BY, Vars.DECIDED_BY, Vars.LEAD_OUTCOME, Vars.OUTCOME_REPORTED_BY, Vars.FEEDBACK_DUE_AT,
      Vars.SUBMITTED_BY);

  private final WorkflowStarter starter;
  private final HandOffInput input;
  private final LeadRecords records;
  private final WorkflowProgress progress;
  private final NoticeBoard notices;
  private final AgencyNode node;

  public LeadTransfers(WorkflowStarter starter, HandOffInput input, LeadRecords records, WorkflowProgress progress,
      NoticeBoard notices, AgencyNode node) {
    this.starter = starter;
    this.input = input;
    this.records = records;
    this.progress = progress;
    this.notices = notices;
    this.node = node;
  }

  public LeadStarted start(LeadRequest request, NodeUser user) {
    if (!user.has(NodeRole.OFFICER) && !user.has(NodeRole.PROSECUTOR)) {
      throw new EvidenceProblem(ProblemKind.FORBIDDEN, "only officers and prosecutors transfer leads");
    }
    ConsortiumMember receiver = input.otherAgency(request.receiverAgency());
    List<String> evidence = input.evidence(request.evidenceIds(), receiver);
    String leadId = "lead-" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    String digest = HandOffInput.digestOf(request.summary());
    String instanceId = starter.startLeadTransfer(
        new LeadTransferRequest(leadId, receiver.mspId(), evidence, digest, user.ledgerId(), null, null));
    return new LeadStarted(leadId, receiver.mspId(), digest, instanceId);
  }

  /** The lead if this agency sends or receives it; other agencies' leads are not found here. */
  public LeadView find(String leadId) {
    if (!LedgerInput.isId(leadId)) {
      throw new EvidenceProblem(ProblemKind.INVALID_FIELD, "a lead id is 1-64 characters [A-Za-z0-9._-]");
    }
    Optional<ProcessProgress> process = progress.find(leadId,
        List.of(Processes.LEAD_TRANSFER, Processes.LEAD_INTAKE), SHOWN_VARIABLES);
    Lead lead = records.find(leadId)
        .filter(l -> l.senderMsp().equals(node.mspId()) || l.receiverMsp().equals(node.mspId()))
        .orElse(null);
    if (lead == null && process.isEmpty()) {
      throw new EvidenceProblem(ProblemKind.NOT_FOUND, "no lead " + leadId + " sent or received by "
          + node.agency()).with("leadId", leadId);
    }
    String side = lead != null
        ? (lead.senderMsp().equals(node.mspId()) ? "SENDER" : "RECEIVER")
        : (process.get().processKey().equals(Processes.LEAD_TRANSFER) ? "SENDER" : "RECEIVER");
    return new LeadView(leadId, side, lead, process.orElse(null), notices.about(leadId));
  }
}
