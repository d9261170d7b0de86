package cn.procuratorate.evidence.node.workflow.internal;

import cn.procuratorate.evidence.node.evidence.ReceivedCopy;
import cn.procuratorate.evidence.node.problem.EvidenceProblem;
import cn.procuratorate.evidence.node.problem.ProblemKind;
import cn.procuratorate.evidence.node.verification.ItemVerificationReport;
import cn.procuratorate.evidence.node.verification.Verdict;
import cn.procuratorate.evidence.workflow.evidence.EvidenceCheck;
import cn.procuratorate.evidence.workflow.evidence.EvidenceExchange;
import java.util.Set;

/**
 * The workflow's evidence port over the node's exchange: an item of another agency is fetched
 * from its owner's node, hashed while stored, compared with the ledger and recorded RECEIVED; an
 * item this agency owns is re-hashed in its own bucket. What will not change by trying again (no
 * such item, no grant, another owner) becomes an unverified check for the reviewer to read; what
 * may (an owner's node or the ledger not answering) is thrown, so that the engine retries.
 */
final class FetchingEvidenceExchange implements EvidenceExchange {

  /** Problems that a retry cannot cure: the reviewer learns of them instead of an incident. */
  private static final Set<ProblemKind> FINAL = Set.of(ProblemKind.EVIDENCE_NOT_FOUND, ProblemKind.NO_GRANT,
      ProblemKind.INVALID_FIELD, ProblemKind.INVALID_EVIDENCE_ID, ProblemKind.UNKNOWN_AGENCY,
      ProblemKind.INTEGRITY_FAILURE, ProblemKind.NOT_HELD);

  /** How the port's adapter reaches the node's exchange and verification services. */
  interface Exchange {
    ReceivedCopy fetch(String evidenceId, String expectedOwner, String userLedgerId);

    ItemVerificationReport verifyOwn(String evidenceId, String userLedgerId);
  }

  private final Exchange exchange;
  private final String systemUser;

  FetchingEvidenceExchange(Exchange exchange, String systemUser) {
    this.exchange = exchange;
    this.systemUser = systemUser;
  }

  @Override
  public EvidenceCheck fetchAndVerify(String evidenceId, String ownerMsp) {
    try {
      ReceivedCopy copy = exchange.fetch(evidenceId, ownerMsp, systemUser);
      return new EvidenceCheck(evidenceId, copy.verified(),
          copy.detail() + " (copy " + copy.copyId() + ", receipt " + copy.receiptStatus() + ")");
    } catch (EvidenceProblem problem) {
      if (problem.kind() == ProblemKind.OWN_EVIDENCE) {
        return checkOwn(evidenceId);
      }
      if (FINAL.contains(problem.kind())) {
        return new EvidenceCheck(evidenceId, false, problem.kind() + ": " + problem.getMessage());
      }
      throw problem;
    }
  }

  private EvidenceCheck checkOwn(String evidenceId) {
    ItemVerificationReport report = exchange.verifyOwn(evidenceId, systemUser);
    boolean intact = report.verdict() == Verdict.INTACT;
    return new EvidenceCheck(evidenceId, intact, "this agency's own item: " + report.verdict()
        + (intact ? ", SHA-256 and SM3 of the stored bytes match the ledger" : ""));
  }
}
