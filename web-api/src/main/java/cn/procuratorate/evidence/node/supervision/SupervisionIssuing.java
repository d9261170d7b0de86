package cn.procuratorate.evidence.node.supervision;

import cn.procuratorate.evidence.ledger.model.AgencyKind;
import cn.procuratorate.evidence.ledger.model.LedgerInput;
import cn.procuratorate.evidence.ledger.model.Supervision;
import cn.procuratorate.evidence.ledger.model.SupervisionKind;
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
import cn.procuratorate.evidence.workflow.WorkflowNames.Vars;
import cn.procuratorate.evidence.workflow.WorkflowStarter;
import cn.procuratorate.evidence.workflow.deadline.DeadlineRules;
import cn.procuratorate.evidence.workflow.supervision.SupervisionRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Issues supervisions (procuratorates only) and shows them with their ledger record and process. */
@Service
public class SupervisionIssuing {

  private static final List<String> SHOWN_VARIABLES = List.of(Vars.ISSUE_TX_ID, Vars.REPLY_DUE_AT,
      Vars.REPLY_WITHIN, Vars.RESPONSE_TX_ID, Vars.OVERDUE_TX_ID, Vars.EVALUATION_TX_ID, Vars.CLOSE_TX_ID,
      Vars.ESCALATION_TX_ID, Vars.ISSUED_BY, Vars.ANSWER_ASSIGNEE, Vars.ANSWERED_BY, Vars.APPROVED_BY,
      Vars.ANSWER_APPROVED, Vars.RESPONSE_DIGEST, Vars.ANSWER_SATISFACTORY, Vars.EVALUATION_NOTE,
      Vars.EVALUATED_BY, Vars.ESCALATION_REASON);

  private final WorkflowStarter starter;
  private final HandOffInput input;
  private final SupervisionRecords records;
  private final WorkflowProgress progress;
  private final NoticeBoard notices;
  private final DeadlineRules rules;
  private final AgencyNode node;

  public SupervisionIssuing(WorkflowStarter starter, HandOffInput input, SupervisionRecords records,
      WorkflowProgress progress, NoticeBoard notices, DeadlineRules rules, AgencyNode node) {
    this.starter = starter;
    this.input = input;
    this.records = records;
    this.progress = progress;
    this.notices = notices;
    this.rules = rules;
    this.node = node;
  }

  public SupervisionStarted issue(SupervisionIssueRequest request, NodeUser user) {
    if (node.kind() != AgencyKind.PROCURATORATE) {
      throw new EvidenceProblem(ProblemKind.FORBIDDEN, "only a procuratorate issues supervision; "
          + node.agency() + " is " + node.kind());
    }
    if (!user.has(NodeRole.PROSECUTOR)) {
      throw new EvidenceProblem(ProblemKind.FORBIDDEN, "only prosecutors issue supervision");
    }
    SupervisionKind kind = kindOf(request.kind());
    ConsortiumMember target = input.otherAgency(request.targetAgency());
    List<String> evidence = input.evidence(request.evidenceIds(), target);
    String id = "sup-" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    String digest = HandOffInput.digestOf(request.subject());
    String instanceId = starter.startSupervision(new SupervisionRequest(
        id, target.mspId(), kind.name(), evidence, digest, user.ledgerId(), null, null));
    return new SupervisionStarted(id, kind.name(), target.mspId(), rules.supervision(kind.name()).within(), digest,
        instanceId);
  }

  /** The supervision if this agency issued it or is its target; others' are not found here. */
  public SupervisionView find(String supervisionId) {
    if (!LedgerInput.isId(supervisionId)) {
      throw new EvidenceProblem(ProblemKind.INVALID_FIELD, "a supervision id is 1-64 characters [A-Za-z0-9._-]");
    }
    Optional<ProcessProgress> process = progress.find(supervisionId,
        List.of(Processes.SUPERVISION_ISSUE, Processes.SUPERVISION_RESPONSE), SHOWN_VARIABLES);
    Supervision supervision = records.find(supervisionId)
        .filter(s -> s.issuerMsp().equals(node.mspId()) || s.targetMsp().equals(node.mspId()))
        .orElse(null);
    if (supervision == null && process.isEmpty()) {
      throw new EvidenceProblem(ProblemKind.NOT_FOUND, "no supervision " + supervisionId + " issued by or to "
          + node.agency()).with("supervisionId", supervisionId);
    }
    String side = supervision != null
        ? (supervision.issuerMsp().equals(node.mspId()) ? "ISSUER" : "TARGET")
        : (process.get().processKey().equals(Processes.SUPERVISION_ISSUE) ? "ISSUER" : "TARGET");
    return new SupervisionView(supervisionId, side, supervision, process.orElse(null), notices.about(supervisionId));
  }

  private static SupervisionKind kindOf(String text) {
    try {
      return SupervisionKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new EvidenceProblem(ProblemKind.INVALID_FIELD, "kind must be one of "
          + Arrays.toString(SupervisionKind.values()));
    }
  }
}
